package dev.cloudblog.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("MerkleTree")
class MerkleTreeTest {

    private static final int SMALL = 64;
    private static final List<byte[]> LEAVES = leafHashes(SMALL);
    private static final StoredNodes STORED = StoredNodes.of(LEAVES);

    @Test
    @DisplayName("computes MTH(D[n]) for every tree size from 0 to 64, reading only nodes within n")
    void rootHash() {
        for (int n = 0; n <= SMALL; n++) {
            assertThat(MerkleTree.rootHash(STORED.within(n), n))
                    .as("size %d", n)
                    .isEqualTo(ReferenceTree.mth(LEAVES.subList(0, n)));
        }
        assertThat(MerkleTree.rootHash(STORED, 0)).isEqualTo(TreeHasher.emptyRoot());
    }

    @Test
    @DisplayName("builds PATH(m, D[n]) for every leaf of every tree size up to 64, and it verifies")
    void inclusionProof() {
        for (int n = 1; n <= SMALL; n++) {
            List<byte[]> tree = LEAVES.subList(0, n);
            byte[] root = ReferenceTree.mth(tree);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = MerkleTree.inclusionProof(STORED.within(n), m, n);
                assertThat(hex(proof)).as("leaf %d of %d", m, n).isEqualTo(hex(ReferenceTree.path(m, tree)));
                long leafIndex = m;
                long treeSize = n;
                byte[] leafHash = tree.get(m);
                assertThatCode(() -> MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash, proof, root))
                        .as("leaf %d of %d", m, n)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    @DisplayName("builds PROOF(m, D[n]) for every 0 < m <= n <= 64, and it verifies")
    void consistencyProof() {
        for (int n = 1; n <= SMALL; n++) {
            byte[] root2 = ReferenceTree.mth(LEAVES.subList(0, n));
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(STORED.within(n), m, n);
                assertThat(hex(proof))
                        .as("from %d to %d", m, n)
                        .isEqualTo(hex(ReferenceTree.proof(m, LEAVES.subList(0, n))));
                byte[] root1 = ReferenceTree.mth(LEAVES.subList(0, m));
                long size1 = m;
                long size2 = n;
                assertThatCode(() -> MerkleVerifier.verifyConsistency(size1, size2, root1, root2, proof))
                        .as("from %d to %d", m, n)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    @DisplayName("gives an empty consistency proof from the empty tree, which the verifier rejects")
    void consistencyFromEmptyTree() {
        for (int n = 0; n <= SMALL; n++) {
            assertThat(MerkleTree.consistencyProof(STORED.within(n), 0, n)).as("to %d", n).isEmpty();
            byte[] root2 = ReferenceTree.mth(LEAVES.subList(0, n));
            long size2 = n;
            assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(
                            0, size2, TreeHasher.emptyRoot(), root2, List.of()))
                    .as("to %d", n)
                    .isInstanceOf(InvalidProofException.class)
                    .hasMessageContaining("empty tree");
        }
    }

    @Test
    @DisplayName("reports, over 64 appends, every perfect node exactly once and when its last leaf arrives")
    void appendReportsEveryPerfectNode() {
        StoredNodes stored = new StoredNodes();
        for (int i = 0; i < SMALL; i++) {
            for (NewNode node : stored.append(LEAVES.get(i))) {
                assertThat((node.index() + 1) << node.level())
                        .as("last leaf of %s", node)
                        .isEqualTo(i + 1);
            }
        }
        List<NewNode> perfect = new ArrayList<>();
        for (int level = 1; 1 << level <= SMALL; level++) {
            for (int index = 0; (index + 1) << level <= SMALL; index++) {
                List<byte[]> leaves = LEAVES.subList(index << level, (index + 1) << level);
                perfect.add(new NewNode(level, index, ReferenceTree.mth(leaves)));
            }
        }
        assertThat(stored.appended()).hasSize(SMALL - 1).containsExactlyInAnyOrderElementsOf(perfect);
    }

    @Test
    @DisplayName("completes (1, 1) and then (2, 0) with leaf 3, and nothing with leaf 0")
    void appendExample() {
        assertThat(MerkleTree.append(0, LEAVES.get(0), STORED.within(0))).isEmpty();
        byte[] node11 = TreeHasher.nodeHash(LEAVES.get(2), LEAVES.get(3));
        byte[] node20 = TreeHasher.nodeHash(TreeHasher.nodeHash(LEAVES.get(0), LEAVES.get(1)), node11);
        assertThat(MerkleTree.append(3, LEAVES.get(3), STORED.within(3)))
                .containsExactly(new NewNode(1, 1, node11), new NewNode(2, 0, node20));
    }

    @Test
    @DisplayName("matches the reference for random sizes up to 5000, random leaves and random old sizes")
    void randomTrees() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int max = 5000;
        List<byte[]> leaves = leafHashes(max);
        StoredNodes stored = StoredNodes.of(leaves);
        for (int round = 0; round < 25; round++) {
            int n = 1 + random.nextInt(max);
            List<byte[]> tree = leaves.subList(0, n);
            byte[] root = ReferenceTree.mth(tree);
            assertThat(MerkleTree.rootHash(stored.within(n), n)).as("seed %d, size %d", seed, n).isEqualTo(root);

            int m = random.nextInt(n);
            List<byte[]> path = MerkleTree.inclusionProof(stored.within(n), m, n);
            assertThat(hex(path))
                    .as("seed %d, leaf %d of %d", seed, m, n)
                    .isEqualTo(hex(ReferenceTree.path(m, tree)));
            assertThat(MerkleVerifier.rootFromInclusionProof(m, n, tree.get(m), path))
                    .as("seed %d, leaf %d of %d", seed, m, n)
                    .isEqualTo(root);

            int old = 1 + random.nextInt(n);
            List<byte[]> proof = MerkleTree.consistencyProof(stored.within(n), old, n);
            assertThat(hex(proof))
                    .as("seed %d, from %d to %d", seed, old, n)
                    .isEqualTo(hex(ReferenceTree.proof(old, tree)));
            byte[] oldRoot = ReferenceTree.mth(leaves.subList(0, old));
            assertThatCode(() -> MerkleVerifier.verifyConsistency(old, n, oldRoot, root, proof))
                    .as("seed %d, from %d to %d", seed, old, n)
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "tree size {0}")
    @ValueSource(ints = {2, 7, 8, 13})
    @DisplayName("rejects an inclusion proof of another leaf, with a flipped bit or cut short")
    void rejectsTamperedInclusionProofs(int n) {
        List<byte[]> tree = LEAVES.subList(0, n);
        byte[] root = ReferenceTree.mth(tree);
        for (int m = 0; m < n; m++) {
            List<byte[]> proof = MerkleTree.inclusionProof(STORED, m, n);
            for (int other = 0; other < n; other++) {
                if (other != m) {
                    assertRejected(m, n, tree.get(m), MerkleTree.inclusionProof(STORED, other, n), root);
                    assertRejected(m, n, tree.get(other), proof, root);
                }
            }
            for (List<byte[]> tampered : flippedBits(proof)) {
                assertRejected(m, n, tree.get(m), tampered, root);
            }
            for (List<byte[]> leaf : flippedBits(List.of(tree.get(m)))) {
                assertRejected(m, n, leaf.get(0), proof, root);
            }
            assertRejected(m, n, tree.get(m), proof.subList(0, proof.size() - 1), root);
            assertRejected(m, n, tree.get(m), proof.subList(1, proof.size()), root);
        }
    }

    @ParameterizedTest(name = "tree size {0}")
    @ValueSource(ints = {2, 7, 8, 13})
    @DisplayName("rejects a consistency proof from another size, with a flipped bit, cut short or with swapped roots")
    void rejectsTamperedConsistencyProofs(int n) {
        byte[] root2 = ReferenceTree.mth(LEAVES.subList(0, n));
        for (int m = 1; m < n; m++) {
            byte[] root1 = ReferenceTree.mth(LEAVES.subList(0, m));
            List<byte[]> proof = MerkleTree.consistencyProof(STORED, m, n);
            for (int other = 1; other < n; other++) {
                if (other != m) {
                    assertRejected(m, n, root1, root2, MerkleTree.consistencyProof(STORED, other, n));
                }
            }
            for (List<byte[]> tampered : flippedBits(proof)) {
                assertRejected(m, n, root1, root2, tampered);
            }
            assertRejected(m, n, root1, root2, proof.subList(0, proof.size() - 1));
            assertRejected(m, n, root1, root2, proof.subList(1, proof.size()));
            assertRejected(m, n, root2, root1, proof);
        }
    }

    @ParameterizedTest(name = "tree size {0}")
    @ValueSource(longs = {1, 2, 3, 1_000_001, (1L << 40) + 12_345, (1L << 62) + 1, Long.MAX_VALUE})
    @DisplayName("reads at most log n nodes for a root and an append and log² n for a proof, all complete within the size")
    void readsFewNodes(long n) {
        int bits = Long.SIZE - Long.numberOfLeadingZeros(n);
        long[] reads = {0};
        NodeReader counting = (level, index) -> {
            assertThat(index + 1).as("node (%d, %d) within %d", level, index, n).isLessThanOrEqualTo(n >>> level);
            reads[0]++;
            return new byte[TreeHasher.HASH_SIZE];
        };
        MerkleTree.rootHash(counting, n);
        assertThat(reads[0]).as("root of %d", n).isLessThanOrEqualTo(bits);

        for (long m : new long[] {0, n / 3, n / 2, n - 1}) {
            reads[0] = 0;
            MerkleTree.inclusionProof(counting, m, n);
            assertThat(reads[0]).as("leaf %d of %d", m, n).isLessThanOrEqualTo((long) bits * bits);

            reads[0] = 0;
            MerkleTree.consistencyProof(counting, m + 1, n);
            assertThat(reads[0]).as("from %d to %d", m + 1, n).isLessThanOrEqualTo((long) bits * bits);
        }

        reads[0] = 0;
        NodeReader before = (level, index) -> {
            assertThat(index + 1).isLessThanOrEqualTo((n - 1) >>> level);
            reads[0]++;
            return new byte[TreeHasher.HASH_SIZE];
        };
        assertThat(MerkleTree.append(n - 1, new byte[TreeHasher.HASH_SIZE], before))
                .hasSize(Long.numberOfTrailingZeros(~(n - 1)));
        assertThat(reads[0]).isLessThanOrEqualTo(bits);
    }

    @Test
    @DisplayName("rejects impossible arguments with a message naming them")
    void argumentChecks() {
        assertThatThrownBy(() -> MerkleTree.inclusionProof(STORED, 5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafIndex 5 must be below treeSize 5");
        assertThatThrownBy(() -> MerkleTree.inclusionProof(STORED, -1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafIndex must be >= 0, got -1");
        assertThatThrownBy(() -> MerkleTree.consistencyProof(STORED, 6, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size1 6 must not be greater than size2 5");
        assertThatThrownBy(() -> MerkleTree.rootHash(STORED, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("treeSize must be >= 0, got -1");
        assertThatThrownBy(() -> MerkleTree.append(0, new byte[31], STORED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("leafHash must be 32 bytes, got 31");
        assertThatThrownBy(() -> MerkleTree.append(1, LEAVES.get(1), (level, index) -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("node reader returned no hash for node (0, 0)");
        assertThatThrownBy(() -> MerkleTree.rootHash((level, index) -> new byte[3], 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("node reader returned 3 bytes for node (0, 0)");
        assertThatThrownBy(() -> MerkleTree.subtreeHash(STORED, 1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range [1, 3) is not made of perfect subtrees");
    }

    private static void assertRejected(long m, long n, byte[] leafHash, List<byte[]> proof, byte[] root) {
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(m, n, leafHash, proof, root))
                .as("leaf %d of %d", m, n)
                .isInstanceOf(InvalidProofException.class);
    }

    private static void assertRejected(long m, long n, byte[] root1, byte[] root2, List<byte[]> proof) {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(m, n, root1, root2, proof))
                .as("from %d to %d", m, n)
                .isInstanceOf(InvalidProofException.class);
    }

    /** Copies of the hashes with one bit flipped, for the lowest and the highest bit of each one. */
    private static List<List<byte[]>> flippedBits(List<byte[]> hashes) {
        List<List<byte[]>> tampered = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            for (int bit : new int[] {0, TreeHasher.HASH_SIZE * 8 - 1}) {
                List<byte[]> copy = new ArrayList<>(hashes);
                byte[] hash = hashes.get(i).clone();
                hash[bit / 8] ^= (byte) (1 << (bit % 8));
                copy.set(i, hash);
                tampered.add(copy);
            }
        }
        return tampered;
    }

    private static List<byte[]> leafHashes(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> TreeHasher.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }
}
