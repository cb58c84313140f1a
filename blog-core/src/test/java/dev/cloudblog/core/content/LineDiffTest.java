package dev.cloudblog.core.content;

import static dev.cloudblog.api.post.RevisionDiff.DiffLine.Kind.ADDED;
import static dev.cloudblog.api.post.RevisionDiff.DiffLine.Kind.KEPT;
import static dev.cloudblog.api.post.RevisionDiff.DiffLine.Kind.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.post.RevisionDiff.DiffLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.cloudblog.tck.RandomSeedExtension;

@DisplayName("LineDiff")
class LineDiffTest {

    @Test
    @DisplayName("keeps every line of identical texts")
    void identical() {
        assertThat(LineDiff.diff("a\nb\nc", "a\nb\nc")).containsExactly(
                new DiffLine(KEPT, "a", 1, 1),
                new DiffLine(KEPT, "b", 2, 2),
                new DiffLine(KEPT, "c", 3, 3));
    }

    @Test
    @DisplayName("returns no lines for two empty texts")
    void bothEmpty() {
        assertThat(LineDiff.diff("", "")).isEmpty();
    }

    @Test
    @DisplayName("adds every line when the older text is empty")
    void fromEmpty() {
        assertThat(LineDiff.diff("", "a\nb\n")).containsExactly(
                new DiffLine(ADDED, "a", 0, 1),
                new DiffLine(ADDED, "b", 0, 2));
    }

    @Test
    @DisplayName("removes every line when the newer text is empty")
    void toEmpty() {
        assertThat(LineDiff.diff("a\nb", "")).containsExactly(
                new DiffLine(REMOVED, "a", 1, 0),
                new DiffLine(REMOVED, "b", 2, 0));
    }

    @Test
    @DisplayName("shows a changed middle line as a removal followed by an addition")
    void changedMiddleLine() {
        assertThat(LineDiff.diff("a\nb\nc\n", "a\nB\nc\n")).containsExactly(
                new DiffLine(KEPT, "a", 1, 1),
                new DiffLine(REMOVED, "b", 2, 0),
                new DiffLine(ADDED, "B", 0, 2),
                new DiffLine(KEPT, "c", 3, 3));
    }

    @Test
    @DisplayName("puts all removals of a changed run before its additions")
    void removalsBeforeAdditions() {
        assertThat(LineDiff.diff("a\nb\nc\nd", "a\nx\ny\nd")).extracting(DiffLine::toString).containsExactly(
                "  a", "- b", "- c", "+ x", "+ y", "  d");
    }

    @Test
    @DisplayName("numbers lines inserted at the start")
    void insertAtStart() {
        assertThat(LineDiff.diff("a\nb", "x\ny\na\nb")).containsExactly(
                new DiffLine(ADDED, "x", 0, 1),
                new DiffLine(ADDED, "y", 0, 2),
                new DiffLine(KEPT, "a", 1, 3),
                new DiffLine(KEPT, "b", 2, 4));
    }

    @Test
    @DisplayName("numbers lines inserted at the end")
    void insertAtEnd() {
        assertThat(LineDiff.diff("a\nb", "a\nb\nx")).containsExactly(
                new DiffLine(KEPT, "a", 1, 1),
                new DiffLine(KEPT, "b", 2, 2),
                new DiffLine(ADDED, "x", 0, 3));
    }

    @Test
    @DisplayName("numbers lines removed at the start")
    void removeAtStart() {
        assertThat(LineDiff.diff("x\na\nb", "a\nb")).containsExactly(
                new DiffLine(REMOVED, "x", 1, 0),
                new DiffLine(KEPT, "a", 2, 1),
                new DiffLine(KEPT, "b", 3, 2));
    }

    @Test
    @DisplayName("splits lines at \\n, \\r\\n and \\r, and a final terminator adds no line")
    void lineTerminators() {
        assertThat(LineDiff.lines("")).isEmpty();
        assertThat(LineDiff.lines("\n")).containsExactly("");
        assertThat(LineDiff.lines("a")).containsExactly("a");
        assertThat(LineDiff.lines("a\n")).containsExactly("a");
        assertThat(LineDiff.lines("a\r\nb\rc\nd\r\n")).containsExactly("a", "b", "c", "d");
        assertThat(LineDiff.lines("a\n\nb\n\n")).containsExactly("a", "", "b", "");
        assertThat(LineDiff.lines("\r\n\r")).containsExactly("", "");
        assertThat(LineDiff.lines("a\n\r")).containsExactly("a", "");
    }

    @Test
    @DisplayName("treats texts that differ only in line terminators as equal")
    void terminatorsDoNotMatter() {
        assertThat(LineDiff.diff("a\r\nb\r\n", "a\nb")).extracting(DiffLine::kind).containsOnly(KEPT);
    }

    @Test
    @DisplayName("prefers the shortest diff when a line moves")
    void movedLine() {
        List<DiffLine> diff = LineDiff.diff("a\nb\nc\nd", "b\nc\nd\na");

        assertThat(diff).extracting(DiffLine::toString).containsExactly("- a", "  b", "  c", "  d", "+ a");
    }

    @Test
    @DisplayName("rejects null texts")
    void rejectsNull() {
        assertThatThrownBy(() -> LineDiff.diff(null, "")).isInstanceOf(NullPointerException.class).hasMessage("before");
        assertThatThrownBy(() -> LineDiff.diff("", null)).isInstanceOf(NullPointerException.class).hasMessage("after");
    }

    @Test
    @DisplayName("finds the few changes in 20,000-line texts")
    void largeInputs() {
        List<String> before = IntStream.range(0, 20_000).mapToObj(i -> "line " + (i % 500)).collect(Collectors.toList());
        List<String> after = new ArrayList<>(before);
        after.set(3, "changed 3");
        after.remove(7_000);
        after.add(12_000, "inserted");
        after.set(19_000, "changed 19000");
        String oldText = String.join("\n", before);
        String newText = String.join("\n", after);

        List<DiffLine> diff = LineDiff.diff(oldText, newText);

        assertThat(diff.stream().filter(line -> line.kind() == REMOVED).count()).isEqualTo(3);
        assertThat(diff.stream().filter(line -> line.kind() == ADDED).count()).isEqualTo(3);
        assertSidesReproduced(before, after, diff, "large");
    }

    @Test
    @DisplayName("marks every line of two entirely different 20,000-line texts")
    void largeRewrite() {
        String oldText = IntStream.range(0, 20_000).mapToObj(i -> "old " + i).collect(Collectors.joining("\n"));
        String newText = IntStream.range(0, 20_000).mapToObj(i -> "new " + i).collect(Collectors.joining("\n"));

        List<DiffLine> diff = LineDiff.diff(oldText, newText);

        assertThat(diff).hasSize(40_000);
        assertThat(diff.subList(0, 20_000)).extracting(DiffLine::kind).containsOnly(REMOVED);
        assertThat(diff.subList(20_000, 40_000)).extracting(DiffLine::kind).containsOnly(ADDED);
    }

    @Test
    @DisplayName("reproduces both sides with as many kept lines as their longest common subsequence")
    @ExtendWith(RandomSeedExtension.class)
    void randomizedAgainstLcs(Random random) {
        for (int run = 0; run < 200; run++) {
            List<String> before = randomLines(random);
            List<String> after = random.nextBoolean() ? randomLines(random) : mutate(before, random);
            String context = "run " + run + ": " + before + " -> " + after;

            List<DiffLine> diff = LineDiff.diff(String.join("\n", before), String.join("\n", after));

            assertSidesReproduced(before, after, diff, context);
            assertThat(diff.stream().filter(line -> line.kind() == KEPT).count())
                    .as("kept lines, %s", context)
                    .isEqualTo(lcsLength(before, after));
        }
    }

    private static List<String> randomLines(Random random) {
        int size = random.nextInt(15);
        List<String> lines = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    private static List<String> mutate(List<String> lines, Random random) {
        List<String> mutated = new ArrayList<>(lines);
        int edits = random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(mutated.size() + 1);
            if (random.nextBoolean() || at == mutated.size()) {
                mutated.add(at, String.valueOf((char) ('a' + random.nextInt(6))));
            } else {
                mutated.remove(at);
            }
        }
        return mutated;
    }

    private static void assertSidesReproduced(List<String> before, List<String> after, List<DiffLine> diff,
                                              String context) {
        List<String> oldSide = new ArrayList<>();
        List<String> newSide = new ArrayList<>();
        for (DiffLine line : diff) {
            if (line.kind() != ADDED) {
                oldSide.add(line.text());
                assertThat(line.oldLine()).as("old line number, %s", context).isEqualTo(oldSide.size());
            } else {
                assertThat(line.oldLine()).as("old line number of an added line, %s", context).isZero();
            }
            if (line.kind() != REMOVED) {
                newSide.add(line.text());
                assertThat(line.newLine()).as("new line number, %s", context).isEqualTo(newSide.size());
            } else {
                assertThat(line.newLine()).as("new line number of a removed line, %s", context).isZero();
            }
        }
        assertThat(oldSide).as("kept and removed lines, %s", context).isEqualTo(before);
        assertThat(newSide).as("kept and added lines, %s", context).isEqualTo(after);
    }

    private static int lcsLength(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }
}
