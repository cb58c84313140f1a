package dev.cloudblog.core.merkle;

/**
 * A proof that {@link MerkleVerifier} rejected; the message names what is wrong, for example {@code
 * "leaf index 8 is beyond tree size 8"} or {@code "calculated root does not match the expected
 * root"}.
 */
public final class InvalidProofException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the proof or the claim it supports
     */
    public InvalidProofException(String message) {
        super(message);
    }
}
