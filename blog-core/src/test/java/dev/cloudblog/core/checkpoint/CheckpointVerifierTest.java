package dev.cloudblog.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import dev.cloudblog.core.checkpoint.CheckpointException.Reason;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A checkpoint verifier")
class CheckpointVerifierTest {

    private static final String NAME = "example.com/blog";
    private static final String ROOT = "qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=";
    private static final KeyPair KEYS = SigningKeys.generate();
    private static final CheckpointSigner SIGNER = new CheckpointSigner(NAME, KEYS);
    private static final CheckpointVerifier VERIFIER = SIGNER.verifier();
    private static final CheckpointBody BODY = new CheckpointBody(NAME, 42, Base64.getDecoder().decode(ROOT));
    private static final String NOTE = SIGNER.sign(BODY);
    private static final String TEXT = BODY.text();
    private static final String SIGNATURE_LINE = NOTE.substring(TEXT.length() + 1);
    private static final String[] KEY_PARTS = VERIFIER.verifierKey().split("\\+", 3);
    private static final String KEY_HASH = KEY_PARTS[1];
    private static final String TYPED_KEY = KEY_PARTS[2];

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String note, Reason reason) {
        return assertThatThrownBy(() -> VERIFIER.verify(note))
                .isInstanceOfSatisfying(CheckpointException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith(reason + ": ");
    }

    @Test
    @DisplayName("returns the body of a checkpoint signed by its key")
    void verifies() {
        assertThat(VERIFIER.verify(NOTE)).isEqualTo(BODY);
    }

    static Stream<Named<UnaryOperator<String>>> tamperings() {
        return Stream.of(
                named("the origin changed", note -> note.replaceFirst("^example\\.com/blog\n", "example.com/blag\n")),
                named("the tree size changed", note -> note.replace("\n42\n", "\n43\n")),
                named("the tree size spelt with a leading zero", note -> note.replace("\n42\n", "\n042\n")),
                named("the root hash changed", note -> note.replace(ROOT, "rINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=")),
                named("an extension line added", note -> note.replace(ROOT + "\n", ROOT + "\nextension\n")),
                named("a line dropped", note -> note.replace("\n42\n", "\n")),
                named("a signature byte changed", CheckpointVerifierTest::withSignatureByteFlipped),
                named("the signature cut to 63 bytes", note -> withSignature(note,
                        signature -> Arrays.copyOf(signature, signature.length - 1))));
    }

    @DisplayName("refuses a tampered checkpoint as BAD_SIGNATURE")
    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void tampered(UnaryOperator<String> tampering) {
        String tampered = tampering.apply(NOTE);

        assertThat(tampered).isNotEqualTo(NOTE);
        assertRefused(tampered, Reason.BAD_SIGNATURE).hasMessageContaining("by key " + NAME + "+" + KEY_HASH);
    }

    @Test
    @DisplayName("refuses a checkpoint signed by another key as UNKNOWN_KEY, naming the signers it found")
    void otherKey() {
        String byOther = new CheckpointSigner("other.example/log", SigningKeys.generate()).sign(BODY);
        String bySameNameOtherKey = new CheckpointSigner(NAME, SigningKeys.generate()).sign(BODY);
        String renamed = NOTE.replace("\u2014 " + NAME + " ", "\u2014 example.com/blag ");

        assertRefused(byOther, Reason.UNKNOWN_KEY).hasMessageContaining("only by other.example/log+");
        assertRefused(bySameNameOtherKey, Reason.UNKNOWN_KEY).hasMessageContaining("only by " + NAME + "+");
        assertRefused(renamed, Reason.UNKNOWN_KEY).hasMessageContaining("only by example.com/blag+");
    }

    @Test
    @DisplayName("ignores the signature lines of other keys, before or after its own")
    void toleratesOtherSignatures() {
        String witness = signatureLine(new CheckpointSigner("witness.example/w1", SigningKeys.generate()).sign(BODY));
        String sameName = signatureLine(new CheckpointSigner(NAME, SigningKeys.generate()).sign(BODY));
        String garbage = "\u2014 unknown.example/k " + Base64.getEncoder().encodeToString(new byte[9]) + "\n";

        assertThat(VERIFIER.verify(TEXT + "\n" + witness + SIGNATURE_LINE)).isEqualTo(BODY);
        assertThat(VERIFIER.verify(TEXT + "\n" + SIGNATURE_LINE + witness + sameName + garbage)).isEqualTo(BODY);
        assertThat(VERIFIER.verify(TEXT + "\n" + SIGNATURE_LINE + SIGNATURE_LINE)).isEqualTo(BODY);
    }

    @Test
    @DisplayName("refuses a note in which any signature line of its key fails, as BAD_SIGNATURE")
    void everyOwnSignatureMustVerify() {
        String forged = withSignatureByteFlipped(SIGNATURE_LINE);

        assertRefused(TEXT + "\n" + SIGNATURE_LINE + forged, Reason.BAD_SIGNATURE);
        assertRefused(TEXT + "\n" + forged + SIGNATURE_LINE, Reason.BAD_SIGNATURE);
    }

    static Stream<Named<String>> malformedNotes() {
        String signature = SIGNATURE_LINE.substring(SIGNATURE_LINE.lastIndexOf(' ') + 1, SIGNATURE_LINE.length() - 1);
        return Stream.of(
                named("an empty text", ""),
                named("a body without a blank line or signatures", TEXT),
                named("a blank line but no signature line", TEXT + "\n"),
                named("a signature line without its final newline", NOTE.substring(0, NOTE.length() - 1)),
                named("carriage returns before the newlines", NOTE.replace("\n", "\r\n")),
                named("a control character in the text", "\u0007" + NOTE),
                named("an unpaired surrogate", NOTE.replace(NAME + "\n", NAME + "\uD800\n")),
                named("a hyphen instead of the em dash", NOTE.replace("\u2014 ", "- ")),
                named("no space after the em dash", NOTE.replace("\u2014 ", "\u2014")),
                named("a signature line without a signature", TEXT + "\n\u2014 " + NAME + "\n"),
                named("a signature line with an empty signature", TEXT + "\n\u2014 " + NAME + " \n"),
                named("a signature that is not base64", TEXT + "\n\u2014 " + NAME + " ***" + signature + "\n"),
                named("a signature without its base64 padding", NOTE.replace(signature, signature.replace("=", ""))),
                named("a signature of a key hash alone", TEXT + "\n\u2014 " + NAME + " " + signature.substring(0, 6) + "==\n"),
                named("a key name with a plus sign", NOTE.replace("\u2014 " + NAME, "\u2014 " + NAME + "+1")),
                named("two spaces before the signature", NOTE.replace(NAME + " ", NAME + "  ")),
                named("a line after the signatures that is not a signature", NOTE + "Unexpected line.\n"),
                named("101 signature lines", TEXT + "\n" + SIGNATURE_LINE.repeat(101)));
    }

    @DisplayName("refuses a malformed signed note as MALFORMED")
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedNotes")
    void malformedNote(String note) {
        assertRefused(note, Reason.MALFORMED).hasMessageContaining("not a signed note");
    }

    @DisplayName("refuses a well-signed text that is not a checkpoint as MALFORMED")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "example.com/blog\n42\n",
        "\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n042\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n-42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n18446744073709551615\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n42\nnot base64\n",
        "example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\nempty line above\n",
        "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n",
    })
    void signedNonCheckpoint(String text) {
        String note = SIGNER.signText(text);

        assertThat(VERIFIER.verifiedText(note)).isEqualTo(text);
        assertRefused(note, Reason.MALFORMED).hasMessageContaining("not a checkpoint");
    }

    @Test
    @DisplayName("accepts a checkpoint with extension lines, all of them signed")
    void extensionLines() {
        String note = SIGNER.signText(TEXT + "Timestamp: 1700000000\n");

        assertThat(VERIFIER.verify(note)).isEqualTo(BODY);
    }

    @Test
    @DisplayName("round-trips through its verifier key string")
    void verifierKeyRoundTrip() {
        CheckpointVerifier parsed = CheckpointVerifier.fromVerifierKey(VERIFIER.verifierKey());

        assertThat(parsed.keyName()).isEqualTo(NAME);
        assertThat(parsed.publicKey()).isEqualTo(KEYS.getPublic());
        assertThat(parsed.verifierKey()).isEqualTo(VERIFIER.verifierKey());
        assertThat(parsed.verify(NOTE)).isEqualTo(BODY);
        assertThat(CheckpointVerifier.fromVerifierKey(NAME + "+" + KEY_HASH.toUpperCase(Locale.ROOT) + "+" + TYPED_KEY)
                        .verifierKey())
                .as("upper-case hex digits are read, as Go reads them")
                .isEqualTo(VERIFIER.verifierKey());
    }

    @Test
    @DisplayName("refuses a verifier key string whose key hash is corrupted")
    void corruptedHash() {
        String corruptedHash = KEY_HASH.substring(0, 3) + (KEY_HASH.charAt(3) == '0' ? '1' : '0') + KEY_HASH.substring(4);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> CheckpointVerifier.fromVerifierKey(NAME + "+" + corruptedHash + "+" + TYPED_KEY))
                .withMessageContaining("does not match its name and key, which hash to " + KEY_HASH);
    }

    static Stream<Named<String>> badVerifierKeys() {
        byte[] typed = Base64.getDecoder().decode(TYPED_KEY);
        byte[] otherType = typed.clone();
        otherType[0] = 2;
        byte[] notAPoint = new byte[33];
        Arrays.fill(notAPoint, (byte) 0xff);
        notAPoint[0] = 1;
        return Stream.of(
                named("an empty string", ""),
                named("a name alone", NAME),
                named("no key", NAME + "+" + KEY_HASH),
                named("an empty key", NAME + "+" + KEY_HASH + "+"),
                named("an empty name", "+" + KEY_HASH + "+" + TYPED_KEY),
                named("a name with a space", "example.com blog+" + KEY_HASH + "+" + TYPED_KEY),
                named("seven hex digits", NAME + "+" + KEY_HASH.substring(1) + "+" + TYPED_KEY),
                named("nine hex digits", NAME + "+0" + KEY_HASH + "+" + TYPED_KEY),
                named("a hash that is not hex", NAME + "+" + KEY_HASH.substring(0, 7) + "g+" + TYPED_KEY),
                named("a key that is not base64", NAME + "+" + KEY_HASH + "+" + TYPED_KEY.replace('A', '*')),
                named("a key cut short", NAME + "+" + KEY_HASH + "+" + TYPED_KEY.substring(0, 43)),
                named("a key with padding after it", NAME + "+" + KEY_HASH + "+" + TYPED_KEY + "="),
                named("a key of another signature type", NAME + "+" + KEY_HASH + "+" + base64(otherType)),
                named("a key that is too short", NAME + "+" + KEY_HASH + "+" + base64(Arrays.copyOf(typed, 32))),
                named("a key that is not a curve point", NAME + "+" + KEY_HASH + "+" + base64(notAPoint)));
    }

    @DisplayName("refuses a malformed verifier key string")
    @ParameterizedTest(name = "{0}")
    @MethodSource("badVerifierKeys")
    void badVerifierKey(String verifierKey) {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckpointVerifier.fromVerifierKey(verifierKey));
    }

    @Test
    @DisplayName("refuses a public key that is not Ed25519")
    void refusesOtherKeys() throws Exception {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CheckpointVerifier(NAME,
                        KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic()))
                .withMessageContaining("not an Ed25519 public key");
    }

    private static String signatureLine(String note) {
        return note.substring(note.lastIndexOf("\n\n") + 2);
    }

    /** Returns {@code note} with one bit of the signature of its last signature line flipped. */
    private static String withSignatureByteFlipped(String note) {
        return withSignature(note, signature -> {
            byte[] flipped = signature.clone();
            flipped[10] ^= 1;
            return flipped;
        });
    }

    /** Returns {@code note} with the key hash and signature of its last signature line changed. */
    private static String withSignature(String note, UnaryOperator<byte[]> change) {
        int space = note.lastIndexOf(' ');
        byte[] signature = Base64.getDecoder().decode(note.substring(space + 1, note.length() - 1));
        return note.substring(0, space + 1) + base64(change.apply(signature)) + "\n";
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
