package dev.cloudblog.core.merkle;

/**
 * Reads the stored hash of a perfect node: the root of the complete subtree over the leaves {@code
 * [index * 2^level, (index + 1) * 2^level)}. Level 0 nodes are the leaf hashes.
 *
 * <p>{@link MerkleTree} only asks for nodes that are complete within the tree size it works on
 * ({@code (index + 1) * 2^level <= treeSize}), so a log that stored every node {@link
 * MerkleTree#append} reported can always answer. Example over a map keyed by level and index:
 * {@code NodeReader nodes = (level, index) -> stored.get(new NodeId(level, index));}
 *
 * <p>An implementation may throw an unchecked exception when a node is missing; {@link MerkleTree}
 * passes it on unchanged.
 */
@FunctionalInterface
public interface NodeReader {

    /**
     * Returns the hash of the perfect node at {@code level}, {@code index}.
     *
     * @param level the height above the leaves, 0 for a leaf hash
     * @param index the node's position on its level, counted from 0 at the left
     * @return the {@value TreeHasher#HASH_SIZE}-byte hash; the caller does not change it
     */
    byte[] node(int level, long index);
}
