package dev.cloudblog.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.core.checkpoint.CheckpointException.Reason;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Published test vectors of the Go implementation, which the rest of the transparency-log
 * ecosystem follows.
 *
 * <p>The PeterNeumann and EnochRoot keys, the text and the signature lines are those of the tests
 * of {@code golang.org/x/mod/sumdb/note} ({@code note_test.go}, {@code TestSign} and
 * {@code TestOpen}, also the example of the package documentation in {@code note.go}). The
 * signer key there, {@code PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz},
 * is in {@code src/test/resources/checkpoint/peter-neumann*} as converted by OpenSSL.
 *
 * <p>The checksum database key is the one built into the {@code go} command
 * ({@code golang/go}, {@code src/cmd/go/internal/modfetch/key.go}), and the checkpoint is one that
 * sum.golang.org served, as recorded in {@code transparency-dev/trillian-tessera},
 * {@code internal/parse/parse_test.go} ({@code BenchmarkCheckpointUnsafe}), there without its
 * final newline.
 */
@DisplayName("Go interoperability")
class GoInteroperabilityTest {

    private static final String PETER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String ENOCH_KEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_SIGNATURE =
            "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private static final String ENOCH_SIGNATURE =
            "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    private static final String SUMDB_KEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
    private static final String SUMDB_CHECKPOINT = "go.sum database tree\n"
            + "31700353\n"
            + "qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n"
            + "\n"
            + "\u2014 sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ87F61QqspBYwM=\n";

    private static KeyPair peterNeumann() {
        return SigningKeys.load(
                SigningKeysTest.fixture("peter-neumann.pem"), SigningKeysTest.fixture("peter-neumann.pub.pem"));
    }

    @DisplayName("computes the published key hash from a key's name and public key")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PETER_KEY, ENOCH_KEY, SUMDB_KEY})
    void keyHash(String goVerifierKey) {
        String[] parts = goVerifierKey.split("\\+", 3);
        byte[] typedKey = Base64.getDecoder().decode(parts[2]);

        CheckpointVerifier computed = new CheckpointVerifier(
                parts[0], SigningKeys.publicKeyFromRaw(Arrays.copyOfRange(typedKey, 1, typedKey.length)));

        assertThat(computed.verifierKey()).isEqualTo(goVerifierKey);
        assertThat(CheckpointVerifier.fromVerifierKey(goVerifierKey).verifierKey()).isEqualTo(goVerifierKey);
    }

    @Test
    @DisplayName("verifies Go's signed note, and refuses it altered")
    void verifiesGoNote() {
        CheckpointVerifier peter = CheckpointVerifier.fromVerifierKey(PETER_KEY);

        assertThat(peter.verifiedText(TEXT + "\n" + PETER_SIGNATURE)).isEqualTo(TEXT);
        assertThatThrownBy(() -> peter.verifiedText((TEXT + "\n" + PETER_SIGNATURE).replace("cryptography", "cryptographY")))
                .isInstanceOfSatisfying(CheckpointException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    @DisplayName("verifies Go's doubly signed note with either key, ignoring the other's line")
    void verifiesEitherSignature() {
        String doublySigned = TEXT + "\n" + PETER_SIGNATURE + ENOCH_SIGNATURE;

        assertThat(CheckpointVerifier.fromVerifierKey(PETER_KEY).verifiedText(doublySigned)).isEqualTo(TEXT);
        assertThat(CheckpointVerifier.fromVerifierKey(ENOCH_KEY).verifiedText(doublySigned)).isEqualTo(TEXT);
        assertThatThrownBy(() -> CheckpointVerifier.fromVerifierKey(ENOCH_KEY).verifiedText(TEXT + "\n" + PETER_SIGNATURE))
                .isInstanceOfSatisfying(CheckpointException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY))
                .hasMessageContaining("no signature by key EnochRoot+af0cfe78, only by PeterNeumann+c74f20a3");
    }

    @Test
    @DisplayName("signs Go's text byte for byte as Go does, with Go's key as converted by OpenSSL")
    void signsAsGoDoes() {
        CheckpointSigner signer = new CheckpointSigner("PeterNeumann", peterNeumann());

        assertThat(signer.verifier().verifierKey()).isEqualTo(PETER_KEY);
        assertThat(signer.signText(TEXT)).isEqualTo(TEXT + "\n" + PETER_SIGNATURE);
    }

    @Test
    @DisplayName("verifies a checkpoint served by the Go checksum database")
    void verifiesSumGolangOrgCheckpoint() {
        CheckpointBody body = CheckpointVerifier.fromVerifierKey(SUMDB_KEY).verify(SUMDB_CHECKPOINT);

        assertThat(body.origin()).isEqualTo("go.sum database tree");
        assertThat(body.treeSize()).isEqualTo(31700353);
        assertThat(body.rootHash()).isEqualTo(Base64.getDecoder().decode("qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs="));
        assertThat(body.text()).isEqualTo(SUMDB_CHECKPOINT.substring(0, SUMDB_CHECKPOINT.indexOf("\n\n") + 1));
    }

    @Test
    @DisplayName("refuses every truncation and every one-character change of Go's verifier key, as Go's tests do")
    void refusesManglings() {
        List<String> mangled = new ArrayList<>();
        for (int i = 0; i <= PETER_KEY.length(); i++) {
            for (int j = i + 1; j <= PETER_KEY.length(); j++) {
                if (i != 0 || j != PETER_KEY.length()) {
                    mangled.add(PETER_KEY.substring(i, j));
                }
            }
        }
        for (int i = 0; i < PETER_KEY.length(); i++) {
            mangled.add(PETER_KEY.substring(0, i) + (char) (PETER_KEY.charAt(i) + 1) + PETER_KEY.substring(i + 1));
        }
        mangled.add("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==");
        mangled.add("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");

        assertThat(mangled).hasSizeGreaterThan(2000).allSatisfy(key ->
                assertThatIllegalArgumentException().as(key).isThrownBy(() -> CheckpointVerifier.fromVerifierKey(key)));
    }
}
