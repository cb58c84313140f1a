package dev.cloudblog.core.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/** Ed25519 (RFC 8032) signing and verification with the JDK's provider. */
final class Ed25519 {

    /** The JDK's name of the algorithm, for {@link KeyFactory}, {@link Signature} and key pair generators. */
    static final String ALGORITHM = "Ed25519";

    private static final byte[] PROBE = "cloudblog checkpoint key probe".getBytes(StandardCharsets.US_ASCII);

    private Ed25519() {}

    /**
     * Signs {@code message} with {@code key}.
     *
     * <pre>{@code
     * byte[] signature = Ed25519.sign(keyPair.getPrivate(), text);   // 64 bytes
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code key} is not an Ed25519 private key
     */
    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = signature();
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(
                    "not an Ed25519 private key (algorithm " + key.getAlgorithm() + "): " + e.getMessage(), e);
        } catch (SignatureException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Tells whether {@code signature} is a valid signature of {@code message} by {@code key}; a
     * signature of the wrong length is simply not valid.
     *
     * <pre>{@code
     * Ed25519.verify(keyPair.getPublic(), text, Ed25519.sign(keyPair.getPrivate(), text));   // true
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code key} is not a valid Ed25519 public key
     */
    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        Signature verification = signature();
        try {
            verification.initVerify(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(
                    "not a valid Ed25519 public key (algorithm " + key.getAlgorithm() + "): " + e.getMessage(), e);
        }
        try {
            verification.update(message);
            return verification.verify(signature);
        } catch (SignatureException wrongLength) {
            return false;
        }
    }

    /**
     * Tells whether {@code publicKey} is the public half of {@code privateKey}, by signing a probe
     * with one and verifying it with the other.
     *
     * <pre>{@code
     * Ed25519.isPair(keyPair.getPrivate(), keyPair.getPublic());        // true
     * Ed25519.isPair(keyPair.getPrivate(), otherPair.getPublic());      // false
     * }</pre>
     *
     * @throws IllegalArgumentException if either key is not an Ed25519 key
     */
    static boolean isPair(PrivateKey privateKey, PublicKey publicKey) {
        return verify(publicKey, PROBE, sign(privateKey, PROBE));
    }

    /**
     * Checks that {@code key} can verify Ed25519 signatures: an encoding can hold a point that is
     * not on the curve, which only shows when the key is put to use.
     *
     * <pre>{@code
     * Ed25519.checkPublicKey(keyPair.getPublic());   // returns quietly
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code key} is not a valid Ed25519 public key
     */
    static void checkPublicKey(PublicKey key) {
        verify(key, PROBE, new byte[0]);
    }

    /** Returns a key factory for Ed25519 keys. */
    static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw missing(e);
        }
    }

    private static Signature signature() {
        try {
            return Signature.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw missing(e);
        }
    }

    /** Java 17 and later always have Ed25519; a runtime without it is broken. */
    static IllegalStateException missing(GeneralSecurityException e) {
        return new IllegalStateException("this Java runtime has no Ed25519 provider", e);
    }
}
