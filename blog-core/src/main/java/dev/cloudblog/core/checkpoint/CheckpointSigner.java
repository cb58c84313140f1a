package dev.cloudblog.core.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * Signs checkpoints with a named Ed25519 key, as C2SP signed notes that Go's
 * {@code golang.org/x/mod/sumdb/note} verifies.
 *
 * <pre>{@code
 * CheckpointSigner signer = new CheckpointSigner("example.com/blog", SigningKeys.loadOrCreate(keyDirectory));
 * String note = signer.sign(new CheckpointBody("example.com/blog", 42, rootHash));
 * // "example.com/blog\n42\nqINS...=\n\n— example.com/blog <base64 of key hash and signature>\n"
 * signer.verifier().verifierKey();   // what verifiers are given: "example.com/blog+<key hash>+<key>"
 * }</pre>
 *
 * <p>The key name should be the log's origin, as the checkpoint specification recommends.
 */
public final class CheckpointSigner {

    private final PrivateKey privateKey;
    private final CheckpointVerifier verifier;

    /**
     * Makes a signer for the key named {@code keyName}.
     *
     * <pre>{@code
     * new CheckpointSigner("example.com/blog", SigningKeys.generate());
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code keyName} is empty or has a plus sign, a space or a
     *     control character, if a key of {@code keyPair} is not an Ed25519 key, or if its public key
     *     is not the one of its private key
     */
    public CheckpointSigner(String keyName, KeyPair keyPair) {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(keyPair, "keyPair");
        PrivateKey privateKey = Objects.requireNonNull(keyPair.getPrivate(), "keyPair's private key");
        CheckpointVerifier verifier = new CheckpointVerifier(
                keyName, Objects.requireNonNull(keyPair.getPublic(), "keyPair's public key"));
        if (!Ed25519.isPair(privateKey, verifier.publicKey())) {
            throw new IllegalArgumentException("the public key of the key pair is not the one of its private key");
        }
        this.privateKey = privateKey;
        this.verifier = verifier;
    }

    /**
     * Returns {@code body} signed: its text, a blank line and the signature line
     * {@code — <key name> <base64(key hash || Ed25519 signature of the text)>}.
     *
     * <pre>{@code
     * signer.sign(new CheckpointBody("example.com/blog", 0, new byte[32]));
     * // "example.com/blog\n0\nAAAA...A=\n\n— example.com/blog <base64>\n"
     * }</pre>
     */
    public String sign(CheckpointBody body) {
        return signText(Objects.requireNonNull(body, "body").text());
    }

    /**
     * Signs any note text.
     *
     * @param text a note text: ending in a newline, with no other control character
     */
    String signText(String text) {
        byte[] signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        return SignedNote.encode(text, verifier.keyName(), verifier.keyHash(), signature);
    }

    /** Returns the verifier of this signer's key, whose {@link CheckpointVerifier#verifierKey()} verifiers need. */
    public CheckpointVerifier verifier() {
        return verifier;
    }
}
