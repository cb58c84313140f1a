package dev.cloudblog.api.verification;

import java.util.Objects;

/**
 * The public key that checkpoints are signed with, for third parties to verify proofs.
 *
 * @param keyName      the signer's name in the signature lines
 * @param verifierKey  the key in signed-note verifier form, {@code <name>+<hash>+<base64 key>}
 * @param publicKeyPem the Ed25519 public key as a PEM X.509 SubjectPublicKeyInfo
 */
public record VerificationKey(String keyName, String verifierKey, String publicKeyPem) {

    public VerificationKey {
        Objects.requireNonNull(keyName, "keyName");
        Objects.requireNonNull(verifierKey, "verifierKey");
        Objects.requireNonNull(publicKeyPem, "publicKeyPem");
    }
}
