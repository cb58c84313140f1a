package dev.cloudblog.core.analysis.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * VADER sentiment (Hutto and Gilbert, ICWSM 2014), ported from the reference Python implementation,
 * {@code SentimentIntensityAnalyzer} in vaderSentiment 3.3.2, so that it gives the same scores: a
 * lexicon of about 7,500 rated words, emoticons and slang, adjusted by rules for boosters and
 * dampeners ("very", "kind of"), ALL CAPS emphasis, negation ("not", "isn't", "never so"), the
 * contrastive "but", "least", "no", special idioms, and exclamation and question marks.
 *
 * <p>{@code VaderSentiment.english().polarity("VADER is smart, handsome, and funny!")} has a
 * compound score of {@code 0.8439}, labelled {@code "positive"}.
 *
 * <p>VADER is made for single sentences; score a longer text, such as a blog post, with
 * {@link #document(List)} over its sentences, as its authors recommend.
 *
 * <p>One difference from the reference: it replaces each emoji with its English description (from
 * its {@code emoji_utf8_lexicon.txt}) before scoring, so that "😁" reads as "beaming face with
 * smiling eyes"; this port does not, and an emoji is a neutral token like any word outside the
 * lexicon. Text made only of emoji therefore scores compound 0 (neutral), where the reference may not.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VaderSentiment {

    /** The version of the scoring: the reference release ported, and this port's revision of it. */
    public static final String VERSION = "vader-3.3.2-port-1";

    private static final double ALPHA = 15;
    private static final double EXCLAMATION_INCR = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double QUESTION_INCR = 0.18;
    private static final double MANY_QUESTIONS_INCR = 0.96;

    private final Valences valences;

    private VaderSentiment(Lexicon lexicon) {
        this.valences = new Valences(lexicon);
    }

    /** Loads the bundled lexicon on first use, once, with the JVM's class-initialisation lock. */
    private static final class English {
        static final VaderSentiment INSTANCE = new VaderSentiment(Lexicon.bundled());
    }

    /**
     * The shared instance backed by the bundled English VADER lexicon, which is read on the first
     * call. {@code VaderSentiment.english() == VaderSentiment.english()}.
     *
     * @throws ExceptionInInitializerError if the bundled lexicon is missing or malformed, a
     *                                     packaging error
     */
    public static VaderSentiment english() {
        return English.INSTANCE;
    }

    /**
     * Scores one sentence (or any text, scored as one sentence). Never fails on a string: the empty
     * string scores {@link SentimentScores#NONE}, markup and symbols are neutral tokens.
     * {@code polarity("The book was good.")} is negative 0, neutral 0.508, positive 0.492, compound
     * 0.4404.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public SentimentScores polarity(String text) {
        Objects.requireNonNull(text, "text");
        double[] sentiments = valences.of(SentiText.of(text));
        if (sentiments.length == 0) {
            return SentimentScores.NONE;
        }
        double sum = 0.0;
        for (double sentiment : sentiments) {
            sum += sentiment;
        }
        double emphasis = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = normalize(sum);

        double positive = 0.0;
        double negative = 0.0;
        int neutral = 0;
        for (double sentiment : sentiments) {
            if (sentiment > 0) {
                positive += sentiment + 1;
            }
            if (sentiment < 0) {
                negative += sentiment - 1;
            }
            if (sentiment == 0) {
                neutral++;
            }
        }
        if (positive > Math.abs(negative)) {
            positive += emphasis;
        } else if (positive < Math.abs(negative)) {
            negative -= emphasis;
        }
        double total = positive + Math.abs(negative) + neutral;
        return new SentimentScores(round(Math.abs(negative / total), 3), round(Math.abs(neutral / total), 3),
                round(Math.abs(positive / total), 3), round(compound, 4));
    }

    /**
     * Scores a document from its sentences, as the VADER authors recommend for texts longer than a
     * sentence: each sentence is scored with {@link #polarity(String)} and the four scores are
     * averaged over all sentences (a sentence without tokens counts, with its zeros), then rounded
     * as {@link #polarity(String)} rounds. No sentences score {@link SentimentScores#NONE}, as the
     * empty text does. {@code document(List.of("The book was good.", "The plot was dull."))} has
     * the mean of the two compound scores.
     *
     * @throws NullPointerException if the list or one of its sentences is null
     */
    public SentimentScores document(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        if (sentences.isEmpty()) {
            return SentimentScores.NONE;
        }
        double negative = 0.0;
        double neutral = 0.0;
        double positive = 0.0;
        double compound = 0.0;
        for (String sentence : sentences) {
            SentimentScores scores = polarity(Objects.requireNonNull(sentence, "sentence"));
            negative += scores.negative();
            neutral += scores.neutral();
            positive += scores.positive();
            compound += scores.compound();
        }
        int n = sentences.size();
        return new SentimentScores(round(negative / n, 3), round(neutral / n, 3), round(positive / n, 3),
                round(compound / n, 4));
    }

    /** Up to four exclamation marks, 0.292 each; two or three question marks 0.18 each, more 0.96. */
    private static double punctuationEmphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double emphasis = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_INCR;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * QUESTION_INCR : MANY_QUESTIONS_INCR;
        }
        return emphasis;
    }

    /** {@code score / sqrt(score² + 15)}, kept within -1 to 1. */
    private static double normalize(double score) {
        double normalized = score / Math.sqrt(score * score + ALPHA);
        return Math.max(-1.0, Math.min(1.0, normalized));
    }

    /** Python's {@code round(value, digits)}: half to even on the exact binary value. */
    private static double round(double value, int digits) {
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }
}
