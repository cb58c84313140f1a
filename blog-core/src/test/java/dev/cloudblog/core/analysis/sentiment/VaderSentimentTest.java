package dev.cloudblog.core.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("VADER sentiment")
class VaderSentimentTest {

    private static final double TOLERANCE = 0.01;

    private final VaderSentiment vader = VaderSentiment.english();

    /**
     * The example sentences and outputs published in the vaderSentiment README ("Output for the
     * above example code"), as negative, neutral, positive, compound. Left out: "Catch utf-8 emoji
     * such as 💘 and 💋 and 😁" (compound 0.7003), which needs the reference's emoji-to-text
     * conversion that this port does not have.
     */
    static Stream<Arguments> readmeExamples() {
        return Stream.of(
                Arguments.of("VADER is smart, handsome, and funny.", 0.0, 0.254, 0.746, 0.8316),
                Arguments.of("VADER is smart, handsome, and funny!", 0.0, 0.248, 0.752, 0.8439),
                Arguments.of("VADER is very smart, handsome, and funny.", 0.0, 0.299, 0.701, 0.8545),
                Arguments.of("VADER is VERY SMART, handsome, and FUNNY.", 0.0, 0.246, 0.754, 0.9227),
                Arguments.of("VADER is VERY SMART, handsome, and FUNNY!!!", 0.0, 0.233, 0.767, 0.9342),
                Arguments.of("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.0, 0.294, 0.706, 0.9469),
                Arguments.of("VADER is not smart, handsome, nor funny.", 0.646, 0.354, 0.0, -0.7424),
                Arguments.of("The book was good.", 0.0, 0.508, 0.492, 0.4404),
                // The README prints neu 0.637 / pos 0.363 here, an output of releases before 3.3 that
                // dropped one-letter tokens ("a"); vaderSentiment 3.3.x keeps them and prints 0.678 / 0.322.
                Arguments.of("At least it isn't a horrible book.", 0.0, 0.678, 0.322, 0.431),
                Arguments.of("The book was only kind of good.", 0.0, 0.697, 0.303, 0.3832),
                Arguments.of("The plot was good, but the characters are uncompelling and the dialog is not great.",
                        0.327, 0.579, 0.094, -0.7042),
                Arguments.of("Today SUX!", 0.779, 0.221, 0.0, -0.5461),
                Arguments.of("Today only kinda sux! But I'll get by, lol", 0.127, 0.556, 0.317, 0.5249),
                Arguments.of("Make sure you :) or :D today!", 0.0, 0.294, 0.706, 0.8633),
                Arguments.of("Not bad at all", 0.0, 0.513, 0.487, 0.431));
    }

    @ParameterizedTest(name = "{0} -> compound {4}")
    @MethodSource("readmeExamples")
    @DisplayName("scores the README's example sentences as the reference implementation does")
    void matchesReadme(String sentence, double negative, double neutral, double positive, double compound) {
        SentimentScores scores = vader.polarity(sentence);

        assertThat(scores.compound()).as("compound").isCloseTo(compound, within(TOLERANCE));
        assertThat(scores.negative()).as("negative").isCloseTo(negative, within(TOLERANCE));
        assertThat(scores.neutral()).as("neutral").isCloseTo(neutral, within(TOLERANCE));
        assertThat(scores.positive()).as("positive").isCloseTo(positive, within(TOLERANCE));
    }

    @Test
    @DisplayName("scores the README's examples to the reference's printed digits, not just within 0.01")
    void matchesReadmeExactly() {
        assertThat(vader.polarity("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!"))
                .isEqualTo(new SentimentScores(0.0, 0.294, 0.706, 0.9469));
        assertThat(vader.polarity("The plot was good, but the characters are uncompelling and the dialog is not great."))
                .isEqualTo(new SentimentScores(0.327, 0.579, 0.094, -0.7042));
        assertThat(vader.polarity("Today only kinda sux! But I'll get by, lol"))
                .isEqualTo(new SentimentScores(0.127, 0.556, 0.317, 0.5249));
    }

    /**
     * The "tricky sentences" of the reference's {@code __main__} demo, with the compound scores the
     * demo prints. Its proportions are left out: printed outputs of releases before 3.3 differ in
     * them for sentences with one-letter words.
     */
    static Stream<Arguments> demoTrickySentences() {
        return Stream.of(
                Arguments.of("Sentiment analysis has never been good.", -0.3412),
                Arguments.of("Sentiment analysis has never been this good!", 0.5672),
                Arguments.of("Most automated sentiment analysis tools are shit.", -0.5574),
                Arguments.of("With VADER, sentiment analysis is the shit!", 0.6476),
                Arguments.of("Other sentiment analysis tools can be quite bad.", -0.5849),
                Arguments.of("On the other hand, VADER is quite bad ass!", 0.8172),
                Arguments.of("Roger Dodger is one of the most compelling variations on this theme.", 0.2944),
                Arguments.of("Roger Dodger is one of the least compelling variations on this theme.", -0.1695),
                Arguments.of("Roger Dodger is at least compelling as a variation on the theme.", 0.2263));
    }

    @ParameterizedTest(name = "{0} -> compound {1}")
    @MethodSource("demoTrickySentences")
    @DisplayName("scores the reference demo's tricky sentences (never so, the shit, bad ass, least) as it does")
    void matchesDemo(String sentence, double compound) {
        assertThat(vader.polarity(sentence).compound()).isCloseTo(compound, within(TOLERANCE));
    }

    @Test
    @DisplayName("averages the reference demo's movie-review paragraph, sentence by sentence, to its printed -0.6299")
    void matchesDemoParagraph() {
        List<String> sentences = List.of("It was one of the worst movies I've seen, despite good reviews.",
                "Unbelievably bad acting!!", "Poor direction.", "VERY poor production.", "The movie was bad.",
                "Very bad movie.", "VERY BAD movie!");

        assertThat(sentences.stream().map(vader::polarity).map(SentimentScores::compound).toList())
                .containsExactly(-0.7584, -0.6572, -0.4767, -0.6281, -0.5423, -0.5849, -0.7616);
        assertThat(vader.document(sentences).compound()).isEqualTo(-0.6299);
    }

    @Test
    @DisplayName("\"A really bad, horrible book.\" has the published compound -0.8211")
    void reallyBadHorribleBook() {
        assertThat(vader.polarity("A really bad, horrible book.").compound()).isCloseTo(-0.8211, within(TOLERANCE));
    }

    @Test
    @DisplayName("\"no\" before a lexicon word negates it and counts 0 itself (as vaderSentiment 3.3.2 scores it)")
    void noBeforeLexiconWord() {
        assertThat(vader.polarity("Very clean, no problem")).isEqualTo(new SentimentScores(0.0, 0.128, 0.872, 0.6997));
    }

    @Test
    @DisplayName("\"but\" rescales the first token of equal valence, as Python's list.index in the reference does")
    void butKeepsTheReferenceQuirk() {
        // magnificently 3.4, smart 1.7: 3.4 is halved to 1.7 first, so the later lookup of 1.7 finds
        // position 0 again and halves it to 0.85, leaving "smart" at 1.7 instead of 2.55.
        assertThat(vader.polarity("magnificently but smart")).isEqualTo(new SentimentScores(0.0, 0.18, 0.82, 0.5499));
    }

    @Test
    @DisplayName("negation, \"never so\", \"least\" and \"kind of\" move the score the way the reference's rules say")
    void rulesMoveScores() {
        double good = vader.polarity("The book was good").compound();

        assertThat(vader.polarity("The book was not good").compound()).isNegative();
        assertThat(vader.polarity("The book wasn't good").compound()).isNegative();
        assertThat(vader.polarity("The book was never so good").compound()).isGreaterThan(good);
        assertThat(vader.polarity("The book was kind of good").compound()).isBetween(0.0, good);
        assertThat(vader.polarity("the least good book").compound()).isNegative();
        assertThat(vader.polarity("at least good").compound()).isPositive();
    }

    @Test
    @DisplayName("the empty string, whitespace and text without tokens score zero everywhere, like the reference")
    void emptyText() {
        assertThat(vader.polarity("")).isEqualTo(SentimentScores.NONE);
        assertThat(vader.polarity(" \t\n\u00a0\u3000")).isEqualTo(SentimentScores.NONE);
        assertThat(SentimentScores.NONE.label()).isEqualTo("neutral");
    }

    @ParameterizedTest
    @ValueSource(strings = {"😁", "💘 💋 😁", "😁😁😁", "👍🏽", "🇫🇷"})
    @DisplayName("emoji-only text is neutral: emoji are not converted to words in this port")
    void emojiOnly(String text) {
        SentimentScores scores = vader.polarity(text);

        assertThat(scores.compound()).isZero();
        assertThat(scores.label()).isEqualTo("neutral");
        assertThat(scores.neutral()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>I <b>love</b> this &amp; that!</p>",
        "<script>alert('bad')</script>",
        "<a href=\"https://example.com/good\">great</a> <!-- horrible -->",
        "```java\nint good = 1; // not bad\n```",
        "!!!!????", "???", ":) :( :D", "\u0000\uffff\ud800", "BUT but BuT no NO least LEAST kind of"})
    @DisplayName("markup, code, lone surrogates and punctuation score without failing and within bounds")
    void oddInputStaysInBounds(String text) {
        assertWithinBounds(vader.polarity(text));
    }

    @Test
    @DisplayName("a 1 MB text, with or without whitespace, scores without failing and within bounds")
    void megabyteText() {
        String sentence = "VADER is VERY SMART, uber handsome, but not at all a horrible book!!! ";
        String prose = sentence.repeat(1_000_000 / sentence.length() + 1);
        String oneToken = "good".repeat(250_000);

        assertWithinBounds(vader.polarity(prose));
        assertThat(vader.polarity(prose).compound()).isPositive();
        assertThat(vader.polarity(oneToken)).isEqualTo(new SentimentScores(0.0, 1.0, 0.0, 0.0));
    }

    @Test
    @DisplayName("the compound score stays within -1 and 1 even for piled-up emphasis")
    void compoundIsClamped() {
        SentimentScores high = vader.polarity("GOOD great LOVE wonderful ".repeat(500) + "!!!!!!!!");
        SentimentScores low = vader.polarity("HORRIBLE awful HATE terrible ".repeat(500) + "????????");

        assertThat(high.compound()).isBetween(0.99, 1.0);
        assertThat(low.compound()).isBetween(-1.0, -0.99);
    }

    @Test
    @DisplayName("random mixes of lexicon words, modifiers, capitals, punctuation and emoji always score within bounds")
    void randomTextStaysInBounds() {
        String[] pieces = {"good", "GOOD", "bad", "BAD", "not", "no", "never", "so", "this", "without", "doubt",
            "least", "at", "very", "VERY", "kind", "of", "sort", "but", "BUT", "the", "shit", "bomb", "isn't",
            "a", "I", ":)", ":D", "lol", "!", "?", "!!", "??", ",", ".", "😁", "<b>", "&amp;", "nor", "or", "\u00a0"};
        Random random = new Random(20140601);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            assertWithinBounds(vader.polarity(text.toString()));
        }
    }

    @Test
    @DisplayName("labels follow the recommended thresholds of 0.05 and -0.05")
    void labels() {
        assertThat(vader.polarity("The book was good.").label()).isEqualTo("positive");
        assertThat(vader.polarity("A really bad, horrible book.").label()).isEqualTo("negative");
        assertThat(vader.polarity("The book is on the table.").label()).isEqualTo("neutral");
    }

    @Test
    @DisplayName("a document scores as the average of its sentences' scores")
    void documentAverages() {
        List<String> sentences = List.of("The book was good.", "A really bad, horrible book.", "It has 300 pages.");
        SentimentScores good = vader.polarity(sentences.get(0));
        SentimentScores bad = vader.polarity(sentences.get(1));
        SentimentScores plain = vader.polarity(sentences.get(2));

        SentimentScores document = vader.document(sentences);

        assertThat(document.compound())
                .isCloseTo((good.compound() + bad.compound() + plain.compound()) / 3, within(0.0001));
        assertThat(document.negative())
                .isCloseTo((good.negative() + bad.negative() + plain.negative()) / 3, within(0.001));
        assertThat(document.neutral()).isCloseTo((good.neutral() + bad.neutral() + plain.neutral()) / 3, within(0.001));
        assertThat(document.positive())
                .isCloseTo((good.positive() + bad.positive() + plain.positive()) / 3, within(0.001));
        assertThat(vader.document(List.of("The book was good."))).isEqualTo(good);
    }

    @Test
    @DisplayName("a document without sentences scores zero everywhere, like the empty text")
    void emptyDocument() {
        assertThat(vader.document(List.of())).isEqualTo(SentimentScores.NONE);
    }

    @Test
    @DisplayName("null text, a null sentence list and a null sentence are refused")
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> vader.polarity(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> vader.document(null)).withMessage("sentences");
        assertThatNullPointerException().isThrownBy(() -> vader.document(Arrays.asList("good", null)));
    }

    @Test
    @DisplayName("english() is one shared instance, and concurrent scoring gives the same scores as sequential")
    void sharedAndThreadSafe() throws Exception {
        assertThat(VaderSentiment.english()).isSameAs(vader);
        List<String> texts = readmeExamples().map(arguments -> (String) arguments.get()[0]).toList();
        List<SentimentScores> expected = texts.stream().map(vader::polarity).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<SentimentScores>>> runs = new ArrayList<>();
            for (int run = 0; run < 16; run++) {
                runs.add(pool.submit(() -> texts.stream().map(text -> VaderSentiment.english().polarity(text)).toList()));
            }
            for (Future<List<SentimentScores>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the version names the reference release it ports")
    void version() {
        assertThat(VaderSentiment.VERSION).isEqualTo("vader-3.3.2-port-1");
    }

    private static void assertWithinBounds(SentimentScores scores) {
        assertThat(scores.compound()).isBetween(-1.0, 1.0);
        assertThat(scores.negative()).isBetween(0.0, 1.0);
        assertThat(scores.neutral()).isBetween(0.0, 1.0);
        assertThat(scores.positive()).isBetween(0.0, 1.0);
        double sum = scores.negative() + scores.neutral() + scores.positive();
        assertThat(sum == 0.0 || Math.abs(sum - 1.0) <= 0.002).as("proportions add up to 1 or are all 0: %s", scores)
                .isTrue();
    }
}
