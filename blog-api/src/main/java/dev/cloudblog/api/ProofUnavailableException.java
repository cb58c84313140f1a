package dev.cloudblog.api;

/**
 * No proof can be given yet for a revision that exists: no signed checkpoint covers it so far.
 * Checkpoints are cut in batches; ask again after the next one, or cut one on demand.
 */
public final class ProofUnavailableException extends BlogException {

    private static final long serialVersionUID = 1L;

    public ProofUnavailableException(String message) {
        super(message);
    }
}
