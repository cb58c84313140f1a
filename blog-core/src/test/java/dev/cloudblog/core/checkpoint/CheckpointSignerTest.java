package dev.cloudblog.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A checkpoint signer")
class CheckpointSignerTest {

    private static final String NAME = "example.com/blog";
    private static final KeyPair KEYS = SigningKeys.generate();
    private static final CheckpointSigner SIGNER = new CheckpointSigner(NAME, KEYS);

    static Stream<CheckpointBody> bodies() {
        Random random = new Random(20852163);
        byte[] sha256Root = new byte[32];
        random.nextBytes(sha256Root);
        byte[] longRoot = new byte[64];
        random.nextBytes(longRoot);
        return Stream.of(
                new CheckpointBody(NAME, 0, new byte[32]),
                new CheckpointBody(NAME, 1, sha256Root),
                new CheckpointBody(NAME, 20852163, sha256Root),
                new CheckpointBody(NAME, Long.MAX_VALUE, longRoot),
                new CheckpointBody("another origin, ünïcödé — too", 7, new byte[] {(byte) 0xff}));
    }

    @DisplayName("signs checkpoints that its verifier verifies back to the same body")
    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void roundTrip(CheckpointBody body) {
        String note = SIGNER.sign(body);

        assertThat(SIGNER.verifier().verify(note)).isEqualTo(body);
        assertThat(CheckpointVerifier.fromVerifierKey(SIGNER.verifier().verifierKey()).verify(note)).isEqualTo(body);
    }

    @Test
    @DisplayName("writes the C2SP shape: the three body lines, a blank line and one em-dash signature line")
    void shape() {
        byte[] root = Base64.getDecoder().decode("qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=");
        String note = SIGNER.sign(new CheckpointBody(NAME, 42, root));

        String[] lines = note.split("\n", -1);
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo(NAME);
        assertThat(lines[1]).isEqualTo("42");
        assertThat(lines[2]).isEqualTo("qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=");
        assertThat(lines[3]).isEmpty();
        assertThat(lines[4]).startsWith("\u2014 " + NAME + " ");
        assertThat(lines[4].codePointAt(0)).isEqualTo(0x2014);
        assertThat(lines[5]).isEmpty();

        byte[] signature = Base64.getDecoder().decode(lines[4].substring(("\u2014 " + NAME + " ").length()));
        assertThat(signature).hasSize(4 + 64);
        String keyHash = SIGNER.verifier().verifierKey().split("\\+")[1];
        assertThat("%08x".formatted(ByteBuffer.wrap(signature).getInt())).isEqualTo(keyHash);
    }

    @Test
    @DisplayName("signs the same body the same way every time, as Ed25519 is deterministic")
    void deterministic() {
        CheckpointBody body = new CheckpointBody(NAME, 3, new byte[32]);

        assertThat(SIGNER.sign(body)).isEqualTo(SIGNER.sign(body))
                .isEqualTo(new CheckpointSigner(NAME, KEYS).sign(body));
    }

    @Test
    @DisplayName("has a verifier of its own key name and public key")
    void verifier() {
        assertThat(SIGNER.verifier().keyName()).isEqualTo(NAME);
        assertThat(SIGNER.verifier().publicKey()).isEqualTo(KEYS.getPublic());
        assertThat(SIGNER.verifier().verifierKey()).matches("example\\.com/blog\\+[0-9a-f]{8}\\+A[Q-Za-f][A-Za-z0-9+/]{42}");
    }

    @DisplayName("refuses a key name that a signature line cannot carry")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "a b", "a+b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "a\u0085b", "a\u0001b"})
    void refusesBadKeyName(String keyName) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointSigner(keyName, KEYS))
                .withMessageContaining("key name");
    }

    @Test
    @DisplayName("refuses a key pair whose public key is not the one of its private key")
    void refusesMismatchedPair() {
        KeyPair mixed = new KeyPair(SigningKeys.generate().getPublic(), KEYS.getPrivate());

        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointSigner(NAME, mixed))
                .withMessageContaining("not the one of its private key");
    }

    @DisplayName("refuses a key pair that is not Ed25519")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ed448", "EC", "RSA"})
    void refusesOtherAlgorithms(String algorithm) throws Exception {
        KeyPair other = KeyPairGenerator.getInstance(algorithm).generateKeyPair();

        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointSigner(NAME, other))
                .withMessageContaining("not an Ed25519 public key");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CheckpointSigner(NAME, new KeyPair(KEYS.getPublic(), other.getPrivate())))
                .withMessageContaining("not an Ed25519 private key");
    }
}
