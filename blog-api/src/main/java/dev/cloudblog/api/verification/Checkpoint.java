package dev.cloudblog.api.verification;

import java.util.Objects;

/**
 * A signed statement of the log's size and root hash at one moment.
 *
 * @param origin     the log's name
 * @param treeSize   how many leaves the log had
 * @param rootHash   the base64 root hash over those leaves
 * @param signedNote the checkpoint in its signed text form
 */
public record Checkpoint(String origin, long treeSize, String rootHash, String signedNote) {

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(signedNote, "signedNote");
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative but was " + treeSize);
        }
    }
}
