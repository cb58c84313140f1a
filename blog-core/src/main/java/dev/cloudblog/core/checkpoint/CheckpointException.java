package dev.cloudblog.core.checkpoint;

import java.util.Objects;

/**
 * A signed checkpoint that was refused, with the {@link Reason reason} it was.
 *
 * <pre>{@code
 * try {
 *     CheckpointBody body = verifier.verify(signedNote);
 * } catch (CheckpointException e) {
 *     if (e.reason() == CheckpointException.Reason.UNKNOWN_KEY) { ... }   // not signed by our key
 * }
 * }</pre>
 */
public final class CheckpointException extends RuntimeException {

    /** Why a checkpoint was refused. */
    public enum Reason {
        /** The text is not a well-formed signed note, or its text is not a well-formed checkpoint. */
        MALFORMED,
        /** No signature line of the note names the expected key and key hash. */
        UNKNOWN_KEY,
        /** A signature line names the expected key, but its signature does not verify. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    CheckpointException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Returns why the checkpoint was refused. */
    public Reason reason() {
        return reason;
    }
}
