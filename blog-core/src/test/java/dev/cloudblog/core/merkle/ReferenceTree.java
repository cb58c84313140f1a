package dev.cloudblog.core.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 9162 section 2.1 definitions of MTH, PATH and PROOF, recursively and literally over a list
 * of leaf hashes: slow, O(n) hashes per call, and obviously right, as the reference the fast
 * implementation is checked against.
 */
final class ReferenceTree {

    private ReferenceTree() {
    }

    /** MTH(D[n]) of section 2.1.1, {@code D} given by its leaf hashes. */
    static byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return TreeHasher.emptyRoot();
        }
        if (n == 1) {
            return leaves.get(0);
        }
        int k = largestPowerOfTwoBelow(n);
        return TreeHasher.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    /** PATH(m, D[n]) of section 2.1.3.1. */
    static List<byte[]> path(int m, List<byte[]> leaves) {
        int n = leaves.size();
        List<byte[]> path = new ArrayList<>();
        if (n == 1) {
            return path;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path.addAll(path(m, leaves.subList(0, k)));
            path.add(mth(leaves.subList(k, n)));
        } else {
            path.addAll(path(m - k, leaves.subList(k, n)));
            path.add(mth(leaves.subList(0, k)));
        }
        return path;
    }

    /** PROOF(m, D[n]) of section 2.1.4.1, for {@code 0 < m <= n}. */
    static List<byte[]> proof(int m, List<byte[]> leaves) {
        return subproof(m, leaves, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> leaves, boolean whole) {
        int n = leaves.size();
        List<byte[]> proof = new ArrayList<>();
        if (m == n) {
            if (!whole) {
                proof.add(mth(leaves));
            }
            return proof;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            proof.addAll(subproof(m, leaves.subList(0, k), whole));
            proof.add(mth(leaves.subList(k, n)));
        } else {
            proof.addAll(subproof(m - k, leaves.subList(k, n), false));
            proof.add(mth(leaves.subList(0, k)));
        }
        return proof;
    }

    /** The largest power of two k with k < n, for n > 1, as the RFC defines the split. */
    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }
}
