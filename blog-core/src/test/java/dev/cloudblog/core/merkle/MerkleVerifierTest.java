package dev.cloudblog.core.merkle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MerkleVerifier")
class MerkleVerifierTest {

    private static final byte[] A = TreeHasher.leafHash(new byte[] {'a'});
    private static final byte[] B = TreeHasher.leafHash(new byte[] {'b'});
    private static final byte[] C = TreeHasher.leafHash(new byte[] {'c'});
    private static final byte[] D = TreeHasher.leafHash(new byte[] {'d'});
    private static final byte[] AB = TreeHasher.nodeHash(A, B);
    private static final byte[] ABC = TreeHasher.nodeHash(AB, C);
    private static final byte[] ABCD = TreeHasher.nodeHash(AB, TreeHasher.nodeHash(C, D));

    @Test
    @DisplayName("accepts the proofs of the trees [a, b, c] and [a, b, c, d]")
    void acceptsValidProofs() {
        assertThatCode(() -> {
            MerkleVerifier.verifyInclusion(0, 3, A, List.of(B, C), ABC);
            MerkleVerifier.verifyInclusion(2, 3, C, List.of(AB), ABC);
            MerkleVerifier.verifyConsistency(2, 3, AB, ABC, List.of(C));
            MerkleVerifier.verifyConsistency(1, 3, A, ABC, List.of(B, C));
            MerkleVerifier.verifyConsistency(3, 4, ABC, ABCD, List.of(C, D, AB));
            MerkleVerifier.verifyConsistency(3, 3, ABC, ABC, List.of());
        }).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("names what is wrong with a rejected inclusion proof")
    void inclusionMessages() {
        assertInclusionRejected(3, 3, A, List.of(B, C), ABC, "leaf index 3 is beyond tree size 3");
        assertInclusionRejected(-1, 3, A, List.of(B, C), ABC, "leaf index -1 is negative");
        assertInclusionRejected(0, 3, new byte[5], List.of(B, C), ABC, "leaf hash has size 5, want 32");
        assertInclusionRejected(0, 3, A, List.of(B), ABC, "wrong proof length 1, want 2");
        assertInclusionRejected(0, 3, A, List.of(B, new byte[31]), ABC, "proof element 1 has size 31, want 32");
        assertInclusionRejected(0, 3, A, List.of(C, B), ABC, "calculated root does not match the expected root");
    }

    @Test
    @DisplayName("names what is wrong with a rejected consistency proof")
    void consistencyMessages() {
        assertConsistencyRejected(3, 2, ABC, AB, List.of(C), "size1 3 is greater than size2 2");
        assertConsistencyRejected(-1, 2, ABC, AB, List.of(C), "tree sizes must not be negative, got -1 and 2");
        assertConsistencyRejected(0, 0, AB, AB, List.of(), "a consistency proof from the empty tree is meaningless");
        assertConsistencyRejected(3, 3, ABC, ABC, List.of(C),
                "size1 equals size2, but the proof has 1 elements instead of none");
        assertConsistencyRejected(3, 3, ABC, AB, List.of(), "size1 equals size2, but root1 and root2 differ");
        assertConsistencyRejected(2, 3, AB, ABC, List.of(), "empty proof for distinct tree sizes");
        assertConsistencyRejected(2, 3, AB, ABC, List.of(C, C), "wrong proof length 2, want 1");
        assertConsistencyRejected(2, 3, new byte[9], ABC, List.of(C), "root1 has size 9, want 32");
        assertConsistencyRejected(2, 3, AB, ABC, List.of(A), "calculated root2 does not match the expected root2");
        assertConsistencyRejected(1, 3, B, ABC, List.of(B, C), "calculated root2 does not match the expected root2");
        assertConsistencyRejected(3, 4, AB, ABCD, List.of(C, D, AB), "calculated root1 does not match the expected root1");
    }

    private static void assertInclusionRejected(
            long index, long size, byte[] leaf, List<byte[]> proof, byte[] root, String message) {
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(index, size, leaf, proof, root))
                .isInstanceOf(InvalidProofException.class)
                .hasMessage(message);
    }

    private static void assertConsistencyRejected(
            long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof, String message) {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(size1, size2, root1, root2, proof))
                .isInstanceOf(InvalidProofException.class)
                .hasMessage(message);
    }
}
