/**
 * Merkle tree hashing, proofs and proof verification for an append-only log, as specified by RFC
 * 9162 (Certificate Transparency version 2.0) section 2.1.
 *
 * <p>The log's storage keeps every <em>perfect</em> node: the hash of a complete subtree over the
 * leaves {@code [index * 2^level, (index + 1) * 2^level)}, level 0 being the leaf hashes. {@link
 * dev.cloudblog.core.merkle.MerkleTree#append MerkleTree.append} says which perfect nodes a new leaf
 * completes; the root of any tree size and the inclusion and consistency proofs are then built from
 * perfect nodes read through a {@link dev.cloudblog.core.merkle.NodeReader}, in O(log² n) reads at
 * most. {@link dev.cloudblog.core.merkle.MerkleVerifier} checks proofs without any storage, and
 * {@link dev.cloudblog.core.merkle.TreeHasher} holds the SHA-256 hashing rules.
 */
package dev.cloudblog.core.merkle;
