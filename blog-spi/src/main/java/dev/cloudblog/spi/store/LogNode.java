package dev.cloudblog.spi.store;

import java.util.Objects;

/**
 * The hash of a perfect subtree of the revision log: level {@code level} over the leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}. Level 0 nodes are the leaf hashes.
 *
 * @param level the height, from 0
 * @param index the position within the level, from 0
 * @param hash  the 32-byte hash; not copied, never to be changed
 */
public record LogNode(int level, long index, byte[] hash) {

    public LogNode {
        Objects.requireNonNull(hash, "hash");
        if (level < 0 || index < 0) {
            throw new IllegalArgumentException("level and index must not be negative: " + level + ", " + index);
        }
    }
}
