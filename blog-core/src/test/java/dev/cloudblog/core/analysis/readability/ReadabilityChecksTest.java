package dev.cloudblog.core.analysis.readability;

import static dev.cloudblog.core.analysis.readability.Texts.check;
import static dev.cloudblog.core.analysis.readability.Texts.paragraph;
import static dev.cloudblog.core.analysis.readability.Texts.paragraphs;
import static dev.cloudblog.core.analysis.readability.Texts.sentence;
import static dev.cloudblog.core.analysis.readability.Texts.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The readability checks")
class ReadabilityChecksTest {

    private static ReadabilityReport analyze(String markdown) {
        return ReadabilityAnalysis.analyze(Document.parse(markdown));
    }

    @Nested
    @DisplayName("sentence length")
    class SentenceLength {

        @ParameterizedTest(name = "{0} long of {1} sentences scores {2}")
        @DisplayName("scores the share of sentences over 20 words")
        @CsvSource({
                "0, 4, 9",
                "1, 4, 9",   // 25%
                "13, 50, 6", // 26%
                "3, 10, 6",  // 30%
                "8, 25, 3",  // 32%
                "1, 1, 3"})
        void bands(int longOnes, int total, int score) {
            String text = times(longOnes, sentence(21)) + " " + times(total - longOnes, sentence(8));

            assertThat(check(analyze(text), ReadabilityAnalysis.SENTENCE_LENGTH).score()).isEqualTo(score);
        }

        @Test
        @DisplayName("a sentence of exactly 20 words is not long")
        void twentyWords() {
            assertThat(check(analyze(sentence(20)), ReadabilityAnalysis.SENTENCE_LENGTH).score()).isEqualTo(9);
        }

        @Test
        @DisplayName("says how many sentences are long and what to aim for")
        void message() {
            Check check = check(analyze(times(8, sentence(21)) + " " + times(17, sentence(8))),
                    ReadabilityAnalysis.SENTENCE_LENGTH);

            assertThat(check.message()).isEqualTo("32% of sentences (8 of 25) have more than 20 words; "
                    + "aim for at most 25%: shorten or split them.");
        }

        @Test
        @DisplayName("shows a share that is not whole to one decimal")
        void fractionalShare() {
            Check check = check(analyze(times(1, sentence(21)) + " " + times(2, sentence(8))),
                    ReadabilityAnalysis.SENTENCE_LENGTH);

            assertThat(check.message()).startsWith("33.3% of sentences (1 of 3)");
        }
    }

    @Nested
    @DisplayName("paragraph length")
    class ParagraphLength {

        @ParameterizedTest(name = "a longest paragraph of {0} words scores {1}")
        @DisplayName("scores the longest paragraph")
        @CsvSource({"10, 9", "150, 9", "151, 6", "200, 6", "201, 3"})
        void bands(int words, int score) {
            String text = paragraphs(paragraph(40), paragraph(words), paragraph(40));

            assertThat(check(analyze(text), ReadabilityAnalysis.PARAGRAPH_LENGTH).score()).isEqualTo(score);
        }

        @Test
        @DisplayName("says how long the longest paragraph is")
        void message() {
            assertThat(check(analyze(paragraph(230)), ReadabilityAnalysis.PARAGRAPH_LENGTH).message())
                    .isEqualTo("The longest paragraph has 230 words; keep paragraphs to at most 150 words: split it.");
        }
    }

    @Nested
    @DisplayName("subheading distribution")
    class Subheadings {

        @ParameterizedTest(name = "a text of {0} words without subheadings scores {1}")
        @DisplayName("asks for subheadings in a text of over 300 words")
        @CsvSource({"100, 9", "300, 9", "301, 2", "1000, 2"})
        void withoutSubheadings(int words, int score) {
            String text = paragraphs(paragraph(words / 2), paragraph(words - words / 2));

            assertThat(check(analyze(text), ReadabilityAnalysis.SUBHEADINGS).score()).isEqualTo(score);
        }

        @ParameterizedTest(name = "a longest section of {0} words scores {1}")
        @DisplayName("scores the longest section between subheadings")
        @CsvSource({"120, 9", "300, 9", "301, 6", "350, 6", "351, 3"})
        void betweenSubheadings(int words, int score) {
            String text = paragraphs(paragraph(100), "## One", paragraph(words / 2), paragraph(words - words / 2),
                    "## Two", paragraph(100));

            assertThat(check(analyze(text), ReadabilityAnalysis.SUBHEADINGS).score()).isEqualTo(score);
        }

        @Test
        @DisplayName("counts the text before the first subheading as a section")
        void beforeFirstSubheading() {
            String text = paragraphs(paragraph(120), paragraph(120), paragraph(120), "## Later", paragraph(50));

            Check check = check(analyze(text), ReadabilityAnalysis.SUBHEADINGS);
            assertThat(check.score()).isEqualTo(3);
            assertThat(check.message()).isEqualTo("The longest section has 360 words without a subheading; "
                    + "keep sections to at most 300 words: add a subheading.");
        }

        @Test
        @DisplayName("says how long a text without subheadings is")
        void messageWithout() {
            assertThat(check(analyze(paragraphs(paragraph(150), paragraph(150), paragraph(50))),
                    ReadabilityAnalysis.SUBHEADINGS).message())
                    .isEqualTo("The text has 350 words and no subheadings; add subheadings, at least one every 300 words.");
        }
    }

    @Nested
    @DisplayName("passive voice")
    class Passive {

        private static final String PASSIVE = "The letter was written by John.";
        private static final String ACTIVE = "John wrote the letter.";

        @ParameterizedTest(name = "{0} passive of {1} sentences scores {2}")
        @DisplayName("scores the share of sentences in the passive voice")
        @CsvSource({
                "0, 10, 9",
                "1, 10, 9",  // 10%
                "11, 100, 6",
                "3, 20, 6",  // 15%
                "4, 25, 3",  // 16%
                "2, 10, 3"})
        void bands(int passive, int total, int score) {
            String text = times(passive, PASSIVE) + " " + times(total - passive, ACTIVE);

            assertThat(check(analyze(text), ReadabilityAnalysis.PASSIVE_VOICE).score()).isEqualTo(score);
        }

        @Test
        @DisplayName("says how many sentences are passive and what to aim for")
        void message() {
            assertThat(check(analyze(times(2, PASSIVE) + " " + times(8, ACTIVE)),
                    ReadabilityAnalysis.PASSIVE_VOICE).message())
                    .isEqualTo("20% of sentences (2 of 10) are in the passive voice; aim for at most 10%: "
                            + "rewrite them to say who does what.");
        }
    }

    @Nested
    @DisplayName("transition words")
    class Transitions {

        private static final String LINKED = "However the cat sat on the mat near the door.";
        private static final String PHRASE = "For example the cat sat on the mat near here.";
        private static final String PLAIN = "The cat sat on the mat near the big door.";

        @ParameterizedTest(name = "{0} linked of 20 sentences scores {1}")
        @DisplayName("scores the share of sentences with a transition word in a text of 200 words")
        @CsvSource({"0, 3", "3, 3", "4, 6", "5, 6", "6, 9", "20, 9"})
        void bands(int linked, int score) {
            String text = paragraphs(times(linked, LINKED), times(20 - linked, PLAIN));

            assertThat(check(analyze(text), ReadabilityAnalysis.TRANSITION_WORDS).score()).isEqualTo(score);
        }

        @Test
        @DisplayName("counts transition phrases as well as words")
        void phrases() {
            String text = paragraphs(times(6, PHRASE), times(14, PLAIN));

            assertThat(check(analyze(text), ReadabilityAnalysis.TRANSITION_WORDS).score()).isEqualTo(9);
        }

        @Test
        @DisplayName("is not made for a text of fewer than 200 words")
        void shortText() {
            ReadabilityReport report = analyze(times(19, PLAIN) + " Cats nap here today.");

            assertThat(report.words()).isEqualTo(194);
            assertThat(report.checks()).extracting(Check::id).doesNotContain(ReadabilityAnalysis.TRANSITION_WORDS);
        }

        @Test
        @DisplayName("says how many sentences are linked and what to aim for")
        void message() {
            assertThat(check(analyze(paragraphs(times(3, LINKED), times(17, PLAIN))),
                    ReadabilityAnalysis.TRANSITION_WORDS).message())
                    .isEqualTo("15% of sentences (3 of 20) contain a transition word or phrase; aim for at least 30%: "
                            + "link sentences with words such as \"however\", \"because\" or \"for example\".");
        }
    }

    @Nested
    @DisplayName("consecutive sentences")
    class Consecutive {

        @ParameterizedTest(name = "{0}")
        @DisplayName("flags three or more sentences in a row that start with the same word")
        @CsvSource(delimiter = '|', textBlock = """
                The cat sat. The dog ran. A bird sang.                 | 9
                The cat sat. A dog ran. The bird sang. A fish swam.    | 9
                The cat sat. The dog ran. The bird sang.               | 3
                The cat sat. THE dog ran. ThE bird sang.               | 3
                A bird sang. The cat sat. The dog ran. The fox hid. Ok. | 3
                """)
        void runs(String text, int score) {
            assertThat(check(analyze(text), ReadabilityAnalysis.CONSECUTIVE_SENTENCES).score()).isEqualTo(score);
        }

        @Test
        @DisplayName("follows the sentences across paragraphs and headings")
        void acrossParagraphs() {
            ReadabilityReport report = analyze("The cat sat. The dog ran.\n\n## Birds\n\nThe bird sang. The fox hid.");

            Check check = check(report, ReadabilityAnalysis.CONSECUTIVE_SENTENCES);
            assertThat(check.score()).isEqualTo(3);
            assertThat(check.message()).isEqualTo("4 consecutive sentences start with \"the\"; vary how your sentences begin.");
        }
    }

    @Test
    @DisplayName("good checks carry a short confirmation")
    void goodMessages() {
        ReadabilityReport report = analyze(paragraphs("## Cats", times(3, "Cats nap in the sun. However, dogs run."),
                "## Dogs", "Dogs like to play. Birds sing. Cats nap."));

        assertThat(report.checks()).allSatisfy(check -> assertThat(check.score()).isEqualTo(9));
        assertThat(report.checks()).extracting(Check::message).containsExactly(
                "No 3 consecutive sentences start with the same word.",
                "No paragraph is longer than 150 words.",
                "0% of sentences (0 of 9) are in the passive voice, within the 10% limit.",
                "0% of sentences (0 of 9) have more than 20 words, within the 25% limit.",
                "Subheadings are well spread: no section is longer than 300 words.");
    }

    @Test
    @DisplayName("orders the checks worst first, ties by id")
    void order() {
        // 5 passive sentences of 37 (13.5%), 32 in a row starting with "Cats", 350 words in one 320-word
        // paragraph and no subheadings, no transition words, no long sentences
        String text = paragraphs(times(5, "The letter was written by John."), paragraph(320));

        assertThat(analyze(text).checks()).extracting(Check::id, Check::score).containsExactly(
                tuple(ReadabilityAnalysis.SUBHEADINGS, 2),
                tuple(ReadabilityAnalysis.CONSECUTIVE_SENTENCES, 3),
                tuple(ReadabilityAnalysis.PARAGRAPH_LENGTH, 3),
                tuple(ReadabilityAnalysis.TRANSITION_WORDS, 3),
                tuple(ReadabilityAnalysis.PASSIVE_VOICE, 6),
                tuple(ReadabilityAnalysis.SENTENCE_LENGTH, 9));
    }
}
