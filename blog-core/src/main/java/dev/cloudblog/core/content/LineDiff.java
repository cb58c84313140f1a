package dev.cloudblog.core.content;

import dev.cloudblog.api.post.RevisionDiff.DiffLine;
import dev.cloudblog.api.post.RevisionDiff.DiffLine.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A minimal line diff of two texts, computed with the linear-space variant of Myers' O((N+M)D)
 * algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986): time grows with the size
 * of the texts times the number of changed lines, and memory with the size of the texts only, so
 * long bodies with few edits compare quickly.
 *
 * <pre>{@code
 * LineDiff.diff("a\nb\nc\n", "a\nB\nc\n");
 * // [DiffLine(KEPT, "a", 1, 1), DiffLine(REMOVED, "b", 2, 0), DiffLine(ADDED, "B", 0, 2), DiffLine(KEPT, "c", 3, 3)]
 * }</pre>
 */
public final class LineDiff {

    private LineDiff() {}

    /**
     * Returns every line of {@code before} and {@code after} in document order, each marked
     * {@link Kind#KEPT KEPT} (in both), {@link Kind#REMOVED REMOVED} (only in {@code before}) or
     * {@link Kind#ADDED ADDED} (only in {@code after}), with the fewest removed and added lines
     * possible. Within each run of changes the removed lines come before the added ones.
     *
     * <p>Texts are split into lines at {@code \n}, {@code \r\n} and {@code \r}; a line terminator
     * at the very end does not start another line, so {@code ""} has no line and {@code "a\n"}
     * has one. Line numbers are 1-based, and 0 on the side where a line does not exist. Reading
     * the {@code KEPT} and {@code REMOVED} lines in order gives the lines of {@code before}; reading
     * the {@code KEPT} and {@code ADDED} lines gives those of {@code after}.
     */
    public static List<DiffLine> diff(String before, String after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        Matching matching = new Matching(oldLines, newLines);
        matching.run();

        List<DiffLine> result = new ArrayList<>(oldLines.size() + newLines.size());
        int i = 0;
        int j = 0;
        while (i < oldLines.size() || j < newLines.size()) {
            if (i < oldLines.size() && !matching.keptOld[i]) {
                result.add(new DiffLine(Kind.REMOVED, oldLines.get(i), ++i, 0));
            } else if (j < newLines.size() && !matching.keptNew[j]) {
                result.add(new DiffLine(Kind.ADDED, newLines.get(j), 0, ++j));
            } else {
                result.add(new DiffLine(Kind.KEPT, oldLines.get(i), ++i, ++j));
            }
        }
        return result;
    }

    /** Splits at \n, \r\n and \r; a final terminator ends the last line rather than starting one. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * Finds a longest common subsequence of two line lists and marks the lines in it as kept.
     *
     * <p>Lines are compared as integer ids. Lines that occur only on one side can never be kept,
     * so they are set aside first (as GNU diff does); this leaves the longest common subsequence
     * unchanged and makes wholesale rewrites cheap. The rest is compared by {@link #compare},
     * which strips the common prefix and suffix and splits the remainder at the middle of an
     * optimal edit path, found by searching forward from its start and backward from its end at
     * once.
     */
    private static final class Matching {

        final boolean[] keptOld;
        final boolean[] keptNew;

        /** Ids of the lines that occur on both sides, and their indexes in the full line lists. */
        private final int[] a;
        private final int[] b;
        private final int[] aIndex;
        private final int[] bIndex;

        Matching(List<String> oldLines, List<String> newLines) {
            keptOld = new boolean[oldLines.size()];
            keptNew = new boolean[newLines.size()];
            Map<String, Integer> ids = new HashMap<>();
            int[] oldIds = ids(oldLines, ids);
            int[] newIds = ids(newLines, ids);
            boolean[] inOld = new boolean[ids.size()];
            boolean[] inNew = new boolean[ids.size()];
            for (int id : oldIds) {
                inOld[id] = true;
            }
            for (int id : newIds) {
                inNew[id] = true;
            }
            aIndex = indexesIn(oldIds, inNew);
            bIndex = indexesIn(newIds, inOld);
            a = Arrays.stream(aIndex).map(index -> oldIds[index]).toArray();
            b = Arrays.stream(bIndex).map(index -> newIds[index]).toArray();
        }

        void run() {
            compare(0, a.length, 0, b.length);
        }

        private static int[] ids(List<String> lines, Map<String, Integer> ids) {
            int[] result = new int[lines.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = ids.computeIfAbsent(lines.get(i), line -> ids.size());
            }
            return result;
        }

        private static int[] indexesIn(int[] lineIds, boolean[] present) {
            int[] indexes = new int[lineIds.length];
            int count = 0;
            for (int i = 0; i < lineIds.length; i++) {
                if (present[lineIds[i]]) {
                    indexes[count++] = i;
                }
            }
            return Arrays.copyOf(indexes, count);
        }

        private void keep(int x, int y) {
            keptOld[aIndex[x]] = true;
            keptNew[bIndex[y]] = true;
        }

        /** Marks a longest common subsequence of a[aStart, aEnd) and b[bStart, bEnd). */
        private void compare(int aStart, int aEnd, int bStart, int bEnd) {
            while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
                keep(aStart++, bStart++);
            }
            while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
                keep(--aEnd, --bEnd);
            }
            if (aStart == aEnd || bStart == bEnd) {
                return;
            }
            long split = middle(aStart, aEnd, bStart, bEnd);
            if (split < 0) {
                return; // nothing in common
            }
            int x = (int) (split >>> 32);
            int y = (int) split;
            compare(aStart, x, bStart, y);
            compare(x, aEnd, y, bEnd);
        }

        /**
         * Returns a point (x, y), packed as {@code x << 32 | y}, on an optimal edit path from
         * (aStart, bStart) to (aEnd, bEnd) that splits it into two shorter paths, or -1 when the
         * ranges have no line in common. The ranges differ at both ends, so each half costs at
         * least one edit less than the whole.
         *
         * <p>{@code forward[k]} holds the furthest x reached on diagonal k = x - y by a path of d
         * edits from the start; {@code backward[k]} the furthest distance back from the end on
         * diagonal k = (n - x) - (m - y) by a path of d edits from the end. Both are offset by
         * {@code max} to index arrays.
         */
        private long middle(int aStart, int aEnd, int bStart, int bEnd) {
            int n = aEnd - aStart;
            int m = bEnd - bStart;
            int max = (n + m + 1) / 2;
            int[] forward = new int[2 * max + 2];
            int[] backward = new int[2 * max + 2];
            Arrays.fill(forward, -1);
            Arrays.fill(backward, -1);
            forward[max + 1] = 0;
            backward[max + 1] = 0;
            int delta = n - m;
            // With an odd delta the paths meet while extending forward, with an even one backward.
            boolean oddDelta = (delta & 1) != 0;
            // Diagonals trimmed from either end of the search once their paths left the grid.
            int forwardLow = 0;
            int forwardHigh = 0;
            int backwardLow = 0;
            int backwardHigh = 0;
            for (int d = 0; d < max; d++) {
                for (int k = -d + forwardLow; k <= d - forwardHigh; k += 2) {
                    int kOffset = max + k;
                    int x = k == -d || (k != d && forward[kOffset - 1] < forward[kOffset + 1])
                            ? forward[kOffset + 1]
                            : forward[kOffset - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[aStart + x] == b[bStart + y]) {
                        x++;
                        y++;
                    }
                    forward[kOffset] = x;
                    if (x > n) {
                        forwardHigh += 2;
                    } else if (y > m) {
                        forwardLow += 2;
                    } else if (oddDelta) {
                        int backOffset = max + delta - k;
                        if (backOffset >= 0 && backOffset < backward.length && backward[backOffset] != -1
                                && x >= n - backward[backOffset]) {
                            return pack(aStart + x, bStart + y);
                        }
                    }
                }
                for (int k = -d + backwardLow; k <= d - backwardHigh; k += 2) {
                    int kOffset = max + k;
                    int x = k == -d || (k != d && backward[kOffset - 1] < backward[kOffset + 1])
                            ? backward[kOffset + 1]
                            : backward[kOffset - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[aEnd - 1 - x] == b[bEnd - 1 - y]) {
                        x++;
                        y++;
                    }
                    backward[kOffset] = x;
                    if (x > n) {
                        backwardHigh += 2;
                    } else if (y > m) {
                        backwardLow += 2;
                    } else if (!oddDelta) {
                        int forwardOffset = max + delta - k;
                        if (forwardOffset >= 0 && forwardOffset < forward.length && forward[forwardOffset] != -1) {
                            int forwardX = forward[forwardOffset];
                            int forwardY = forwardX - (forwardOffset - max);
                            if (forwardX >= n - x) {
                                return pack(aStart + forwardX, bStart + forwardY);
                            }
                        }
                    }
                }
            }
            return -1;
        }

        private static long pack(int x, int y) {
            return ((long) x << 32) | (y & 0xFFFFFFFFL);
        }
    }
}
