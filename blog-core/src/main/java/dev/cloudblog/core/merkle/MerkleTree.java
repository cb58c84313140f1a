package dev.cloudblog.core.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The RFC 9162 section 2.1 Merkle tree of an append-only log whose storage keeps every perfect node
 * (see {@link NodeReader}): which nodes an append completes, the root hash of any tree size, and
 * inclusion and consistency proofs.
 *
 * <p>Example: after storing each leaf hash as node {@code (0, i)} and every node {@link #append}
 * returned, {@code rootHash(nodes, 5)} is {@code MTH(D[5])} and {@code inclusionProof(nodes, 2, 5)}
 * is {@code PATH(2, D[5])}, even if more leaves have been appended since.
 *
 * <p>Complexity: {@link #append} and {@link #rootHash} read O(log n) nodes, the proofs O(log² n);
 * nothing reads O(n). The methods are stateless and thread-safe as long as the reader is.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /**
     * Hashes the perfect nodes of level 1 and above that appending the leaf at {@code leafIndex}
     * completes, bottom-up; the caller stores them along with the leaf hash itself as node {@code (0,
     * leafIndex)}. The leaf at index {@code i} completes one node per trailing 1 bit of {@code i}.
     *
     * <p>Example: {@code append(3, h3, nodes)} reads nodes {@code (0, 2)} and {@code (1, 0)} and
     * returns {@code [(1, 1), (2, 0)]}; {@code append(0, h0, nodes)} returns an empty list.
     *
     * <p>Complexity: O(log n) node reads and hashes. Only left siblings are read, all of them
     * completed by earlier appends; each new node's right child is the one just computed.
     *
     * @param leafIndex the index of the new leaf, {@code >= 0}: the tree size before the append
     * @param leafHash the new leaf's hash, see {@link TreeHasher#leafHash}
     * @param nodes the perfect nodes of the tree of size {@code leafIndex}
     * @return the completed nodes, lowest level first, empty when {@code leafIndex} is even
     * @throws IllegalArgumentException if {@code leafIndex} is negative or the leaf hash is not
     *     {@value TreeHasher#HASH_SIZE} bytes long
     * @throws IllegalStateException if the reader returns no hash or one of the wrong size
     */
    public static List<NewNode> append(long leafIndex, byte[] leafHash, NodeReader nodes) {
        requireNonNegative(leafIndex, "leafIndex");
        TreeHasher.requireHash(leafHash, "leafHash");
        Objects.requireNonNull(nodes, "nodes");
        List<NewNode> completed = new ArrayList<>();
        byte[] hash = leafHash;
        long index = leafIndex;
        int level = 0;
        while ((index & 1) == 1) {
            hash = TreeHasher.nodeHash(read(nodes, level, index - 1), hash);
            index >>>= 1;
            level++;
            completed.add(new NewNode(level, index, hash));
        }
        return completed;
    }

    /**
     * Computes {@code MTH(D[treeSize])}, the root hash of the first {@code treeSize} leaves: the
     * perfect subtrees that {@code treeSize} decomposes into, one per 1 bit, folded from the right.
     *
     * <p>Example: {@code rootHash(nodes, 6)} is {@code nodeHash(node(2, 0), node(1, 2))}; {@code
     * rootHash(nodes, 0)} is {@link TreeHasher#emptyRoot()}.
     *
     * <p>Complexity: O(log n) node reads, one per 1 bit of {@code treeSize}.
     *
     * @param nodes the perfect nodes of a tree of at least {@code treeSize} leaves
     * @param treeSize the number of leaves, {@code >= 0}
     * @return the 32-byte root hash
     * @throws IllegalArgumentException if {@code treeSize} is negative
     * @throws IllegalStateException if the reader returns no hash or one of the wrong size
     */
    public static byte[] rootHash(NodeReader nodes, long treeSize) {
        Objects.requireNonNull(nodes, "nodes");
        requireNonNegative(treeSize, "treeSize");
        return treeSize == 0 ? TreeHasher.emptyRoot() : subtreeHash(nodes, 0, treeSize);
    }

    /**
     * Builds the inclusion proof {@code PATH(leafIndex, D[treeSize])} of RFC 9162 section 2.1.3.1:
     * the sibling hashes on the way from the leaf to the root, the leaf's sibling first.
     *
     * <p>Example: {@code inclusionProof(nodes, 2, 5)} is {@code [node(0, 3), node(1, 0), node(0,
     * 4)]}; {@link MerkleVerifier#verifyInclusion} accepts it against {@code rootHash(nodes, 5)}.
     *
     * <p>Complexity: O(log² n) node reads; all but the hashes of right subtrees that are not perfect
     * take one read each.
     *
     * @param nodes the perfect nodes of a tree of at least {@code treeSize} leaves
     * @param leafIndex the leaf to prove, {@code 0 <= leafIndex < treeSize}
     * @param treeSize the size of the tree the proof is for
     * @return the proof, an unmodifiable list, empty for a tree of one leaf
     * @throws IllegalArgumentException if {@code leafIndex} is negative or not below {@code treeSize}
     * @throws IllegalStateException if the reader returns no hash or one of the wrong size
     */
    public static List<byte[]> inclusionProof(NodeReader nodes, long leafIndex, long treeSize) {
        Objects.requireNonNull(nodes, "nodes");
        requireNonNegative(leafIndex, "leafIndex");
        if (leafIndex >= treeSize) {
            throw new IllegalArgumentException(
                    "leafIndex " + leafIndex + " must be below treeSize " + treeSize);
        }
        List<byte[]> topDown = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        while (end - start > 1) {
            long split = largestPowerOfTwoBelow(end - start);
            if (leafIndex < start + split) {
                topDown.add(subtreeHash(nodes, start + split, end));
                end = start + split;
            } else {
                topDown.add(perfectHash(nodes, start, split));
                start += split;
            }
        }
        Collections.reverse(topDown);
        return Collections.unmodifiableList(topDown);
    }

    /**
     * Builds the consistency proof {@code PROOF(size1, D[size2])} of RFC 9162 section 2.1.4.1: the
     * fewest hashes that show the tree of {@code size1} leaves is a prefix of the tree of {@code
     * size2} leaves, lowest first.
     *
     * <p>Example: {@code consistencyProof(nodes, 3, 7)} is {@code [node(0, 2), node(0, 3), node(1,
     * 0), MTH(D[4:7])]}; {@link MerkleVerifier#verifyConsistency} accepts it against the two
     * roots.
     *
     * <p>Complexity: O(log² n) node reads.
     *
     * @param nodes the perfect nodes of a tree of at least {@code size2} leaves
     * @param size1 the older tree size, {@code 0 <= size1 <= size2}
     * @param size2 the newer tree size
     * @return the proof, an unmodifiable list, empty when {@code size1 == size2} or {@code size1 ==
     *     0} (RFC 9162 defines proofs for {@code 0 < size1 < size2} only)
     * @throws IllegalArgumentException if {@code size1} is negative or greater than {@code size2}
     * @throws IllegalStateException if the reader returns no hash or one of the wrong size
     */
    public static List<byte[]> consistencyProof(NodeReader nodes, long size1, long size2) {
        Objects.requireNonNull(nodes, "nodes");
        requireNonNegative(size1, "size1");
        if (size1 > size2) {
            throw new IllegalArgumentException(
                    "size1 " + size1 + " must not be greater than size2 " + size2);
        }
        if (size1 == 0 || size1 == size2) {
            return List.of();
        }
        List<byte[]> topDown = new ArrayList<>();
        long start = 0;
        long end = size2;
        boolean prefixOfWholeTree = true;
        while (end != size1) {
            long split = largestPowerOfTwoBelow(end - start);
            if (size1 - start <= split) {
                topDown.add(subtreeHash(nodes, start + split, end));
                end = start + split;
            } else {
                topDown.add(perfectHash(nodes, start, split));
                start += split;
                prefixOfWholeTree = false;
            }
        }
        if (!prefixOfWholeTree) {
            topDown.add(subtreeHash(nodes, start, end));
        }
        Collections.reverse(topDown);
        return Collections.unmodifiableList(topDown);
    }

    /**
     * Computes {@code MTH(D[start:end])} from perfect nodes: the perfect subtrees that {@code end -
     * start} decomposes into, largest first, folded from the right. Each of them must be a stored
     * perfect node, which holds for every range the RFC's recursions visit: {@code start} is a
     * multiple of the smallest power of two {@code >= end - start}.
     *
     * <p>Complexity: O(log n) node reads, one per 1 bit of {@code end - start}.
     *
     * @throws IllegalArgumentException if the range is empty or not aligned as described
     */
    static byte[] subtreeHash(NodeReader nodes, long start, long end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative range [" + start + ", " + end + ")");
        }
        byte[] hash = null;
        long rest = end - start;
        while (rest != 0) {
            long size = Long.lowestOneBit(rest);
            rest -= size;
            long offset = start + rest;
            if ((offset & (size - 1)) != 0) {
                throw new IllegalArgumentException(
                        "range [" + start + ", " + end + ") is not made of perfect subtrees");
            }
            byte[] perfect = perfectHash(nodes, offset, size);
            hash = hash == null ? perfect : TreeHasher.nodeHash(perfect, hash);
        }
        return hash;
    }

    /** The largest power of two strictly below {@code n}, for {@code n >= 2}. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** Reads the perfect node over the {@code size} leaves from {@code start}, both aligned. */
    private static byte[] perfectHash(NodeReader nodes, long start, long size) {
        int level = Long.numberOfTrailingZeros(size);
        return read(nodes, level, start >>> level);
    }

    private static byte[] read(NodeReader nodes, int level, long index) {
        byte[] hash = nodes.node(level, index);
        if (hash == null || hash.length != TreeHasher.HASH_SIZE) {
            throw new IllegalStateException("node reader returned "
                    + (hash == null ? "no hash" : hash.length + " bytes")
                    + " for node (" + level + ", " + index + ")");
        }
        return hash;
    }

    private static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
    }
}
