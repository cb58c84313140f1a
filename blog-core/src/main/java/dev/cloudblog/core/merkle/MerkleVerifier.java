package dev.cloudblog.core.merkle;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Verifies inclusion and consistency proofs as RFC 9162 sections 2.1.3.2 and 2.1.4.2 specify, with
 * the algorithms of the {@code proof} package of transparency-dev/merkle, whose test vectors it
 * passes. It needs no storage, only the claim and its proof.
 *
 * <p>Example: {@code MerkleVerifier.verifyInclusion(2, 5, leafHash, proof, root)} returns normally
 * when {@code proof} is {@code MerkleTree.inclusionProof(nodes, 2, 5)} and {@code root} is {@code
 * MerkleTree.rootHash(nodes, 5)}, and throws {@link InvalidProofException} otherwise.
 *
 * <p>Complexity: O(log n) hashes per verification. The leaf hash and every proof element must be
 * {@value TreeHasher#HASH_SIZE} bytes long, and so must the roots of a consistency proof between
 * distinct sizes, which seed the hashing; transparency-dev/merkle hashes such inputs and rejects
 * the result as a mismatch, this class rejects them up front. Otherwise roots are compared as opaque
 * byte arrays, in time independent of their content: a root of another size merely does not match.
 */
public final class MerkleVerifier {

    private MerkleVerifier() {
    }

    /**
     * Computes the root that an inclusion proof implies for the leaf at {@code leafIndex} of the tree
     * of {@code treeSize} leaves (RFC 9162 section 2.1.3.2, without the final comparison).
     *
     * <p>Example: for the tree of one leaf, {@code rootFromInclusionProof(0, 1, h, List.of())}
     * returns {@code h}.
     *
     * <p>Complexity: O(log n) hashes.
     *
     * @param leafIndex the index of the leaf, {@code 0 <= leafIndex < treeSize}
     * @param treeSize the size of the tree the proof is for
     * @param leafHash the leaf's hash, see {@link TreeHasher#leafHash}
     * @param proof the sibling hashes from the leaf upwards, as {@link MerkleTree#inclusionProof}
     *     builds them
     * @return the implied 32-byte root hash
     * @throws InvalidProofException if the index is negative or beyond the size, the leaf hash or a
     *     proof element is not {@value TreeHasher#HASH_SIZE} bytes, or the proof has the wrong length
     * @throws NullPointerException if {@code leafHash} or {@code proof} is null
     */
    public static byte[] rootFromInclusionProof(
            long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof) {
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(proof, "proof");
        if (leafIndex < 0) {
            throw new InvalidProofException("leaf index " + leafIndex + " is negative");
        }
        if (leafIndex >= treeSize) {
            throw new InvalidProofException(
                    "leaf index " + leafIndex + " is beyond tree size " + treeSize);
        }
        requireHashSize(leafHash, "leaf hash");
        requireProofHashes(proof);
        int inner = innerProofSize(leafIndex, treeSize);
        int border = Long.bitCount(leafIndex >>> inner);
        if (proof.size() != inner + border) {
            throw new InvalidProofException(
                    "wrong proof length " + proof.size() + ", want " + (inner + border));
        }
        byte[] hash = chainInner(leafHash, proof.subList(0, inner), leafIndex);
        return chainBorderRight(hash, proof.subList(inner, proof.size()));
    }

    /**
     * Verifies that the leaf with {@code leafHash} is at {@code leafIndex} in the tree of {@code
     * treeSize} leaves whose root is {@code root} (RFC 9162 section 2.1.3.2).
     *
     * <p>Example: {@code verifyInclusion(0, 1, h, List.of(), h)} returns normally.
     *
     * <p>Complexity: O(log n) hashes.
     *
     * @param leafIndex the index of the leaf, {@code 0 <= leafIndex < treeSize}
     * @param treeSize the size of the tree the proof is for
     * @param leafHash the leaf's hash
     * @param proof the sibling hashes from the leaf upwards
     * @param root the trusted root hash of the tree of {@code treeSize} leaves
     * @throws InvalidProofException for every reason {@link #rootFromInclusionProof} gives, and when
     *     the calculated root does not match {@code root}
     * @throws NullPointerException if an argument is null
     */
    public static void verifyInclusion(
            long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        Objects.requireNonNull(root, "root");
        requireMatch(rootFromInclusionProof(leafIndex, treeSize, leafHash, proof), root, "root");
    }

    /**
     * Verifies that the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree
     * of {@code size2} leaves with root {@code root2} (RFC 9162 section 2.1.4.2).
     *
     * <p>Equal sizes need an empty proof and equal roots. A proof from the empty tree is rejected,
     * whatever the other arguments, as meaningless: the empty tree is a prefix of every tree, so a
     * caller has nothing to verify. This follows the current transparency-dev/merkle verifier and its
     * vectors, which also reject {@code size1 == size2 == 0}.
     *
     * <p>Example: {@code verifyConsistency(3, 7, root3, root7, MerkleTree.consistencyProof(nodes, 3,
     * 7))} returns normally for the true roots of the tree sizes 3 and 7.
     *
     * <p>Complexity: O(log n) hashes.
     *
     * @param size1 the older tree size, {@code 0 < size1 <= size2}
     * @param size2 the newer tree size
     * @param root1 the trusted root hash of the tree of {@code size1} leaves
     * @param root2 the trusted root hash of the tree of {@code size2} leaves
     * @param proof the proof, as {@link MerkleTree#consistencyProof} builds it
     * @throws InvalidProofException if a size is negative, {@code size1 > size2}, {@code size1 == 0},
     *     the sizes are equal but the proof is not empty, the sizes differ but the proof is empty or
     *     has the wrong length, a proof element, or a root when the sizes differ, is not {@value
     *     TreeHasher#HASH_SIZE} bytes, or the root calculated for either size does not match the
     *     given one
     * @throws NullPointerException if an argument is null
     */
    public static void verifyConsistency(
            long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        Objects.requireNonNull(root1, "root1");
        Objects.requireNonNull(root2, "root2");
        Objects.requireNonNull(proof, "proof");
        if (size1 < 0 || size2 < 0) {
            throw new InvalidProofException(
                    "tree sizes must not be negative, got " + size1 + " and " + size2);
        }
        if (size2 < size1) {
            throw new InvalidProofException("size1 " + size1 + " is greater than size2 " + size2);
        }
        if (size1 == 0) {
            throw new InvalidProofException("a consistency proof from the empty tree is meaningless");
        }
        requireProofHashes(proof);
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new InvalidProofException("size1 equals size2, but the proof has "
                        + proof.size() + " elements instead of none");
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw new InvalidProofException("size1 equals size2, but root1 and root2 differ");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new InvalidProofException("empty proof for distinct tree sizes");
        }
        requireHashSize(root1, "root1");
        requireHashSize(root2, "root2");

        int inner = innerProofSize(size1 - 1, size2);
        int border = Long.bitCount((size1 - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(size1);
        inner -= shift; // shift < inner because size1 < size2.

        // Unless size1 is a power of two, the proof starts with the root of the perfect subtree of
        // size 2^shift that ends at size1; otherwise that subtree is the whole old tree.
        boolean seedIsRoot1 = size1 == 1L << shift;
        byte[] seed = seedIsRoot1 ? root1 : proof.get(0);
        int start = seedIsRoot1 ? 0 : 1;
        if (proof.size() != start + inner + border) {
            throw new InvalidProofException(
                    "wrong proof length " + proof.size() + ", want " + (start + inner + border));
        }
        List<byte[]> path = proof.subList(start, proof.size());
        List<byte[]> innerPath = path.subList(0, inner);
        List<byte[]> borderPath = path.subList(inner, path.size());
        long mask = (size1 - 1) >>> shift;

        byte[] hash1 = chainBorderRight(chainInnerRight(seed, innerPath, mask), borderPath);
        requireMatch(hash1, root1, "root1");
        byte[] hash2 = chainBorderRight(chainInner(seed, innerPath, mask), borderPath);
        requireMatch(hash2, root2, "root2");
    }

    /**
     * The number of proof elements below the level where the paths to {@code index} and to the last
     * leaf {@code size - 1} meet.
     */
    private static int innerProofSize(long index, long size) {
        return Long.SIZE - Long.numberOfLeadingZeros(index ^ (size - 1));
    }

    /**
     * Hashes {@code seed}, the node at {@code index} of its level, up with its siblings in {@code
     * proof}: each is on the right when the matching bit of {@code index} is 0, on the left otherwise.
     */
    private static byte[] chainInner(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            hash = ((index >>> i) & 1) == 0
                    ? TreeHasher.nodeHash(hash, proof.get(i))
                    : TreeHasher.nodeHash(proof.get(i), hash);
        }
        return hash;
    }

    /**
     * Like {@link #chainInner}, but skips the siblings on the right: the result is the hash of the
     * older, smaller version of the subtree.
     */
    private static byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) {
        byte[] hash = seed;
        for (int i = 0; i < proof.size(); i++) {
            if (((index >>> i) & 1) == 1) {
                hash = TreeHasher.nodeHash(proof.get(i), hash);
            }
        }
        return hash;
    }

    /** Hashes {@code seed} up along the right border of the tree, every sibling on the left. */
    private static byte[] chainBorderRight(byte[] seed, List<byte[]> proof) {
        byte[] hash = seed;
        for (byte[] sibling : proof) {
            hash = TreeHasher.nodeHash(sibling, hash);
        }
        return hash;
    }

    private static void requireProofHashes(List<byte[]> proof) {
        for (int i = 0; i < proof.size(); i++) {
            byte[] hash = proof.get(i);
            if (hash == null) {
                throw new InvalidProofException("proof element " + i + " is null");
            }
            requireHashSize(hash, "proof element " + i);
        }
    }

    private static void requireHashSize(byte[] hash, String name) {
        if (hash.length != TreeHasher.HASH_SIZE) {
            throw new InvalidProofException(
                    name + " has size " + hash.length + ", want " + TreeHasher.HASH_SIZE);
        }
    }

    private static void requireMatch(byte[] calculated, byte[] expected, String name) {
        if (!MessageDigest.isEqual(calculated, expected)) {
            throw new InvalidProofException("calculated " + name + " does not match the expected "
                    + name);
        }
    }
}
