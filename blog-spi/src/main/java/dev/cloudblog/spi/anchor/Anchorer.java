package dev.cloudblog.spi.anchor;

import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.VerificationResult;

/** Records checkpoints outside the blog, and checks such records. Thread-safe. */
public interface Anchorer extends AutoCloseable {

    /** Records a checkpoint; one call per checkpoint, never per post. */
    Anchor anchor(Checkpoint checkpoint);

    /** Checks that {@code anchor} records exactly {@code checkpoint}. */
    VerificationResult check(Checkpoint checkpoint, Anchor anchor);

    @Override
    default void close() {
    }
}
