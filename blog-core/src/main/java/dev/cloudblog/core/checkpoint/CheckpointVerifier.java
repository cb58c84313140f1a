package dev.cloudblog.core.checkpoint;

import dev.cloudblog.core.checkpoint.CheckpointException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Verifies signed checkpoints against one trusted Ed25519 key, known by its name and public key,
 * or by its verifier key string {@code <name>+<key hash>+<base64(0x01 || public key)>} as Go's
 * {@code golang.org/x/mod/sumdb/note} writes it.
 *
 * <pre>{@code
 * CheckpointVerifier verifier = CheckpointVerifier.fromVerifierKey(
 *         "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8");
 * CheckpointBody body = verifier.verify(signedNote);   // or throws CheckpointException
 * }</pre>
 *
 * <p>The key hash is the first four bytes, big-endian, of
 * {@code SHA-256(key name || "\n" || 0x01 || 32-byte public key)}.
 */
public final class CheckpointVerifier {

    /** The signature type byte of Ed25519 in signed notes. */
    private static final byte ED25519_TYPE = 0x01;

    private static final Pattern KEY_HASH = Pattern.compile("[0-9a-fA-F]{8}");

    private final String keyName;
    private final PublicKey publicKey;
    private final int keyHash;
    private final String verifierKey;

    /**
     * Makes a verifier for the key named {@code keyName} whose public key is {@code publicKey}.
     *
     * <pre>{@code
     * new CheckpointVerifier("example.com/blog", keyPair.getPublic()).verifierKey();
     * // "example.com/blog+<8 hex digits>+<base64 of 0x01 and the 32-byte key>"
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code keyName} is empty or has a plus sign, a space or a
     *     control character, or if {@code publicKey} is not a valid Ed25519 public key
     */
    public CheckpointVerifier(String keyName, PublicKey publicKey) {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!SignedNote.isValidKeyName(keyName)) {
            throw new IllegalArgumentException(
                    "a key name must be non-empty, with no plus sign, space or control character: \"" + keyName + "\"");
        }
        byte[] typedKey = typedKey(SigningKeys.rawPublicKey(publicKey));
        this.keyName = keyName;
        this.publicKey = publicKey;
        this.keyHash = keyHash(keyName, typedKey);
        this.verifierKey = SignedNote.keyId(keyName, keyHash) + "+" + StandardBase64.encode(typedKey);
    }

    /**
     * Makes a verifier from a verifier key string, checking that its key hash is the hash of its
     * name and key.
     *
     * <pre>{@code
     * CheckpointVerifier.fromVerifierKey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
     *         .keyName();   // "PeterNeumann"
     * CheckpointVerifier.fromVerifierKey("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
     * // throws IllegalArgumentException: the key hash does not match
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code verifierKey} is not a valid key name, a plus sign,
     *     8 hex digits, a plus sign and the standard base64 of the byte 0x01 and a 32-byte Ed25519
     *     public key, or if its key hash is not the hash of its name and key
     */
    public static CheckpointVerifier fromVerifierKey(String verifierKey) {
        Objects.requireNonNull(verifierKey, "verifierKey");
        String[] parts = verifierKey.split("\\+", 3);
        if (parts.length != 3 || !KEY_HASH.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("not a verifier key <name>+<8 hex digits>+<base64 key>: \"" + verifierKey + "\"");
        }
        byte[] typedKey = StandardBase64.decode(parts[2])
                .filter(decoded -> decoded.length == 1 + SigningKeys.RAW_PUBLIC_KEY_LENGTH && decoded[0] == ED25519_TYPE)
                .orElseThrow(() -> new IllegalArgumentException("the key of verifier key \"" + verifierKey
                        + "\" is not the standard base64 of the byte 0x01 and a 32-byte Ed25519 public key"));
        CheckpointVerifier verifier = new CheckpointVerifier(
                parts[0], SigningKeys.publicKeyFromRaw(Arrays.copyOfRange(typedKey, 1, typedKey.length)));
        if (verifier.keyHash != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new IllegalArgumentException("the key hash of verifier key \"" + verifierKey
                    + "\" does not match its name and key, which hash to " + "%08x".formatted(verifier.keyHash));
        }
        return verifier;
    }

    /**
     * Returns the verifier key string that Go's {@code note.NewVerifier} reads:
     * {@code <name>+<8 lower-case hex digits of the key hash>+<base64(0x01 || public key)>}.
     *
     * <pre>{@code
     * CheckpointVerifier.fromVerifierKey(key).verifierKey().equals(key);   // true, for lower-case hex
     * }</pre>
     */
    public String verifierKey() {
        return verifierKey;
    }

    /** Returns the key's name, which signature lines of the key carry. */
    public String keyName() {
        return keyName;
    }

    /** Returns the Ed25519 public key. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** Returns the key hash, which signatures of the key start with. */
    int keyHash() {
        return keyHash;
    }

    /**
     * Verifies a signed checkpoint and returns its body. Signature lines of other keys, such as
     * the cosignatures of witnesses, are ignored; every signature line of this key must verify.
     *
     * <pre>{@code
     * CheckpointBody body = verifier.verify(signer.sign(new CheckpointBody("example.com/blog", 42, root)));
     * body.treeSize();   // 42
     * }</pre>
     *
     * @throws CheckpointException with reason {@link Reason#MALFORMED} if {@code signedNote} is not a
     *     well-formed signed note (text ending in a newline, a blank line, signature lines, no other
     *     control character) or its verified text is not a well-formed checkpoint
     *     ({@link CheckpointBody#parse}); {@link Reason#UNKNOWN_KEY} if no
     *     signature line has this key's name and key hash; {@link Reason#BAD_SIGNATURE} if a
     *     signature line of this key does not verify
     */
    public CheckpointBody verify(String signedNote) {
        return CheckpointBody.parse(verifiedText(signedNote));
    }

    /**
     * Verifies a signed note of any text, and returns the text.
     *
     * @throws CheckpointException as {@link #verify} does, but for the checkpoint syntax of the text
     */
    String verifiedText(String signedNote) {
        Objects.requireNonNull(signedNote, "signedNote");
        SignedNote note = SignedNote.parse(signedNote);
        List<byte[]> signatures = note.signaturesBy(keyName, keyHash);
        String keyId = SignedNote.keyId(keyName, keyHash);
        if (signatures.isEmpty()) {
            throw new CheckpointException(Reason.UNKNOWN_KEY,
                    "the note has no signature by key " + keyId + ", only by " + note.signers());
        }
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        for (byte[] signature : signatures) {
            if (!Ed25519.verify(publicKey, text, signature)) {
                throw new CheckpointException(Reason.BAD_SIGNATURE,
                        "the signature by key " + keyId + " does not verify: the note was altered or forged");
            }
        }
        return note.text();
    }

    private static byte[] typedKey(byte[] rawPublicKey) {
        byte[] typed = new byte[1 + rawPublicKey.length];
        typed[0] = ED25519_TYPE;
        System.arraycopy(rawPublicKey, 0, typed, 1, rawPublicKey.length);
        return typed;
    }

    private static int keyHash(String keyName, byte[] typedKey) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
        sha256.update((keyName + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update(typedKey);
        return ByteBuffer.wrap(sha256.digest()).getInt();
    }
}
