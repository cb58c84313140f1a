package dev.cloudblog.spi.store;

import dev.cloudblog.api.verification.Anchor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A signed checkpoint of the revision log as stored, with the anchors recorded for it so far.
 *
 * @param treeSize   the number of leaves it covers
 * @param signedNote the checkpoint in its signed-note text form
 * @param createdAt  when it was cut
 * @param anchors    where it was anchored, in the order the anchors were recorded
 */
public record StoredCheckpoint(long treeSize, String signedNote, Instant createdAt, List<Anchor> anchors) {

    public StoredCheckpoint {
        Objects.requireNonNull(signedNote, "signedNote");
        Objects.requireNonNull(createdAt, "createdAt");
        anchors = List.copyOf(anchors);
        if (treeSize < 1) {
            throw new IllegalArgumentException("a checkpoint covers at least one leaf, not " + treeSize);
        }
    }
}
