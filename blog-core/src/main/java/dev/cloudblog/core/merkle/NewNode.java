package dev.cloudblog.core.merkle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A perfect node that an append completed: the hash of the subtree over the leaves {@code [index *
 * 2^level, (index + 1) * 2^level)}, for the log to store.
 *
 * <p>Example: appending the leaf at index 3 completes {@code NewNode(1, 1, h(2..3))} and {@code
 * NewNode(2, 0, h(0..3))}.
 *
 * <p>The hash array is not copied, for speed: neither the creator nor any reader may change it.
 * Equality and the string form use the array's content.
 *
 * @param level the height above the leaves, {@code >= 0}
 * @param index the position on its level, {@code >= 0}
 * @param hash the node's {@value TreeHasher#HASH_SIZE}-byte hash
 */
public record NewNode(int level, long index, byte[] hash) {

    /**
     * Checks the components.
     *
     * @param level the height above the leaves, {@code >= 0}
     * @param index the position on its level, {@code >= 0}
     * @param hash the node's {@value TreeHasher#HASH_SIZE}-byte hash, not copied
     * @throws IllegalArgumentException if {@code level} or {@code index} is negative or the hash is
     *     not {@value TreeHasher#HASH_SIZE} bytes long
     * @throws NullPointerException if {@code hash} is null
     */
    public NewNode {
        if (level < 0) {
            throw new IllegalArgumentException("level must be >= 0, got " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        TreeHasher.requireHash(hash, "hash");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NewNode node
                && level == node.level
                && index == node.index
                && Arrays.equals(hash, node.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, index, Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "NewNode[level=" + level + ", index=" + index + ", hash="
                + HexFormat.of().formatHex(hash) + "]";
    }
}
