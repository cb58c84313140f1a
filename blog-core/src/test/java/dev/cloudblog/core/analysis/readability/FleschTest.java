package dev.cloudblog.core.analysis.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cloudblog.core.analysis.text.Document;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Flesch reading ease and Flesch-Kincaid grade")
class FleschTest {

    private static final Offset<Double> PRECISION = within(0.01);

    private static double ease(double sentences, double words, double syllables) {
        return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
    }

    private static double grade(double sentences, double words, double syllables) {
        return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
    }

    @Test
    @DisplayName("a trivial passage clamps to an ease of 100 and a grade of 0")
    void trivialPassage() {
        // The(1) cat(1) sat(1) on(1) the(1) mat(1). The(1) dog(1) ran(1).
        // 2 sentences, 9 words, 9 syllables: ease 117.67, grade -2.04
        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse("The cat sat on the mat. The dog ran."));

        assertThat(report.sentences()).isEqualTo(2);
        assertThat(report.words()).isEqualTo(9);
        assertThat(report.syllables()).isEqualTo(9);
        assertThat(ease(2, 9, 9)).isGreaterThan(100);
        assertThat(grade(2, 9, 9)).isNegative();
        assertThat(report.fleschReadingEase()).isEqualTo(100.0);
        assertThat(report.fleschKincaidGrade()).isEqualTo(0.0);
    }

    @Test
    @DisplayName("a plain passage scores by the formulas, unclamped")
    void plainPassage() {
        // Reading(2) is(1) a(1) skill(1) that(1) grows(1) with(1) practice(2).   8 words, 10 syllables
        // Short(1) sentences(3) help(1) new(1) readers(2).                        5 words,  8 syllables
        // Long(1) words(1) slow(1) everyone(3) down(1).                           5 words,  7 syllables
        // 3 sentences, 18 words, 25 syllables: ease 83.25, grade 3.14
        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(
                "Reading is a skill that grows with practice. Short sentences help new readers. "
                        + "Long words slow everyone down."));

        assertThat(report.sentences()).isEqualTo(3);
        assertThat(report.words()).isEqualTo(18);
        assertThat(report.syllables()).isEqualTo(25);
        assertThat(report.fleschReadingEase()).isCloseTo(ease(3, 18, 25), PRECISION).isCloseTo(83.25, PRECISION);
        assertThat(report.fleschKincaidGrade()).isCloseTo(grade(3, 18, 25), PRECISION).isCloseTo(3.14, PRECISION);
    }

    @Test
    @DisplayName("a passage over two paragraphs, one after a heading, counts the paragraphs only")
    void paragraphsOnly() {
        // The(1) committee(3) approved(2) the(1) budget(2) after(2) a(1) long(1) debate(2).  9 words, 15 syllables
        // However(3) many(2) members(2) opposed(2) the(1) decision(3).                      6 words, 13 syllables
        // 2 sentences, 15 words, 28 syllables: ease 41.30, grade 9.36
        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse("""
                # Budget approval and the extraordinarily contentious deliberations

                The committee approved the budget after a long debate.

                However, many members opposed the decision.
                """));

        assertThat(report.sentences()).isEqualTo(2);
        assertThat(report.words()).isEqualTo(15);
        assertThat(report.syllables()).isEqualTo(28);
        assertThat(report.fleschReadingEase()).isCloseTo(ease(2, 15, 28), PRECISION).isCloseTo(41.30, PRECISION);
        assertThat(report.fleschKincaidGrade()).isCloseTo(grade(2, 15, 28), PRECISION).isCloseTo(9.36, PRECISION);
    }

    @Test
    @DisplayName("a dense academic sentence clamps to an ease of 0 and a high grade")
    void densePassage() {
        // Institutional(5) accountability(6) necessitates(4) comprehensive(4) organizational(6)
        // transparency(4) regarding(3) administrative(5) responsibilities(6).
        // 1 sentence, 9 words, 43 syllables: ease -206.50, grade 44.30
        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(
                "Institutional accountability necessitates comprehensive organizational transparency "
                        + "regarding administrative responsibilities."));

        assertThat(report.sentences()).isEqualTo(1);
        assertThat(report.words()).isEqualTo(9);
        assertThat(report.syllables()).isEqualTo(43);
        assertThat(ease(1, 9, 43)).isNegative();
        assertThat(report.fleschReadingEase()).isEqualTo(0.0);
        assertThat(report.fleschKincaidGrade()).isCloseTo(grade(1, 9, 43), PRECISION).isCloseTo(44.30, PRECISION);
    }

    @Test
    @DisplayName("the formulas give 0 for no words rather than dividing by zero")
    void noWords() {
        assertThat(Flesch.readingEase(0, 0, 0)).isZero();
        assertThat(Flesch.kincaidGrade(0, 0, 0)).isZero();
    }
}
