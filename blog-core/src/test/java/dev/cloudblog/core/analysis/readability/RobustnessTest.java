package dev.cloudblog.core.analysis.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.readability.ReadabilityReport.TrafficLight;
import dev.cloudblog.core.analysis.text.Document;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Readability of odd and huge texts")
class RobustnessTest {

    private static final int ONE_MEGABYTE = 1 << 20;

    private static void assertWithinBounds(ReadabilityReport report) {
        assertThat(report.fleschReadingEase()).isBetween(0.0, 100.0);
        assertThat(report.fleschKincaidGrade()).isGreaterThanOrEqualTo(0.0).isFinite();
        assertThat(report.checks()).isNotEmpty()
                .allSatisfy(check -> assertThat(check.score()).isBetween(0, 9))
                .allSatisfy(check -> assertThat(check.message()).isNotBlank());
        assertThat(report.overall()).isEqualTo(TrafficLight.of(report.checks()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("a text without words has no counts, an ease and grade of 0, and only the structural checks")
    @ValueSource(strings = {
            "",
            "   \n\n  ",
            "😀 🎉🚀 ✨",
            "***\n\n---\n\n```\ncode is not prose\n```\n\n<div>html is not prose</div>\n\n![](cat.png)",
            "# Only a heading\n\n## And another"})
    void noWords(String markdown) {
        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(markdown));

        assertThat(report.sentences()).isZero();
        assertThat(report.words()).isZero();
        assertThat(report.syllables()).isZero();
        assertThat(report.fleschReadingEase()).isZero();
        assertThat(report.fleschKincaidGrade()).isZero();
        assertThat(report.checks()).extracting(Check::id).containsExactly(
                ReadabilityAnalysis.CONSECUTIVE_SENTENCES, ReadabilityAnalysis.PARAGRAPH_LENGTH,
                ReadabilityAnalysis.SUBHEADINGS);
        assertThat(report.verdict()).isEqualTo("green");
        assertWithinBounds(report);
    }

    @Test
    @DisplayName("a megabyte of varied Markdown stays within bounds")
    void megabyteOfMarkdown() {
        String[] vocabulary = {"the", "cat", "was", "written", "however", "readability", "syllable", "beautiful",
                "institutional", "quickly", "for", "example", "don't", "well-known", "2024", "😀", "café", "rhythm"};
        Random random = new Random(42);
        StringBuilder markdown = new StringBuilder();
        while (markdown.length() < ONE_MEGABYTE) {
            if (random.nextInt(10) == 0) {
                markdown.append("## Section ").append(random.nextInt(1000)).append("\n\n");
            }
            int sentences = 1 + random.nextInt(12);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + random.nextInt(35);
                for (int w = 0; w < words; w++) {
                    markdown.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                markdown.append(random.nextBoolean() ? ". " : "? ");
            }
            markdown.append("\n\n");
        }

        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(markdown.toString()));

        assertThat(report.words()).isGreaterThan(100_000);
        assertThat(report.checks()).hasSize(6);
        assertWithinBounds(report);
    }

    @Test
    @DisplayName("a megabyte in one sentence, with a huge token, clamps the ease to 0")
    void megabyteInOneSentence() {
        String text = "institutional ".repeat(ONE_MEGABYTE / 28) + "ye".repeat(ONE_MEGABYTE / 4);

        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(text));

        assertThat(report.sentences()).isEqualTo(1);
        assertThat(report.fleschReadingEase()).isZero();
        assertWithinBounds(report);
    }

    @Test
    @DisplayName("rejects a null document")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> ReadabilityAnalysis.analyze(null));
    }
}
