package dev.cloudblog.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The RFC 9162 section 2.1.1 hashing rules with SHA-256: a leaf hash is {@code SHA-256(0x00 ||
 * data)}, an interior node hash is {@code SHA-256(0x01 || left || right)} and the root of the empty
 * tree is the SHA-256 of the empty string. The distinct prefixes keep a leaf from passing for a node.
 *
 * <p>Example: {@code TreeHasher.nodeHash(TreeHasher.leafHash(a), TreeHasher.leafHash(b))} is the root
 * of the two-leaf tree {@code [a, b]}.
 *
 * <p>Every method is O(length of its input), thread-safe and returns a new 32-byte array.
 */
public final class TreeHasher {

    /** The length in bytes of every hash: the SHA-256 digest size. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private TreeHasher() {
    }

    /**
     * Hashes a leaf's data.
     *
     * <p>Example: {@code leafHash(new byte[0])} is {@code SHA-256(0x00)}, hex {@code 6e340b9c...}.
     *
     * @param data the leaf's data, of any length, including empty
     * @return {@code SHA-256(0x00 || data)}
     * @throws NullPointerException if {@code data} is null
     */
    public static byte[] leafHash(byte[] data) {
        Objects.requireNonNull(data, "data");
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        digest.update(data);
        return digest.digest();
    }

    /**
     * Hashes an interior node from the hashes of its two children.
     *
     * <p>Example: {@code nodeHash(leafHash(a), leafHash(b))} is the root of the tree {@code [a, b]}.
     *
     * @param left the left child's hash, {@value #HASH_SIZE} bytes
     * @param right the right child's hash, {@value #HASH_SIZE} bytes
     * @return {@code SHA-256(0x01 || left || right)}
     * @throws NullPointerException if either child is null
     * @throws IllegalArgumentException if either child is not {@value #HASH_SIZE} bytes long
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left");
        requireHash(right, "right");
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /**
     * The root hash of the tree without leaves.
     *
     * <p>Example: {@code MerkleTree.rootHash(nodes, 0)} returns this value, hex {@code e3b0c442...}.
     *
     * @return {@code SHA-256("")}, a new array on every call
     */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /**
     * Checks that a hash is present and {@value #HASH_SIZE} bytes long.
     *
     * @throws NullPointerException if {@code hash} is null
     * @throws IllegalArgumentException if it has another length
     */
    static byte[] requireHash(byte[] hash, String name) {
        Objects.requireNonNull(hash, name);
        if (hash.length != HASH_SIZE) {
            throw new IllegalArgumentException(
                    name + " must be " + HASH_SIZE + " bytes, got " + hash.length);
        }
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
