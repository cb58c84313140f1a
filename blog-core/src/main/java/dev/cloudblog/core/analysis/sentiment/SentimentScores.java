package dev.cloudblog.core.analysis.sentiment;

/**
 * VADER's four scores for a text. The proportions are the shares of the text's tokens that read as
 * negative, neutral and positive, each from 0 to 1 and adding up to about 1 (to rounding); the
 * compound score is the sum of all token valences after VADER's rules, normalised to -1 (most
 * negative) to +1 (most positive). As in the reference implementation, the proportions are rounded
 * to 3 decimals and the compound to 4. A text without tokens scores 0 on all four.
 *
 * <p>{@code VaderSentiment.english().polarity("The book was good.")} is
 * {@code SentimentScores[negative=0.0, neutral=0.508, positive=0.492, compound=0.4404]}.
 *
 * @param negative the share of negative tokens, 0 to 1
 * @param neutral  the share of neutral tokens, 0 to 1
 * @param positive the share of positive tokens, 0 to 1
 * @param compound the normalised overall valence, -1 to 1
 */
public record SentimentScores(double negative, double neutral, double positive, double compound) {

    /** The compound score at or above which a text reads as positive, as the VADER authors recommend. */
    public static final double POSITIVE_THRESHOLD = 0.05;

    /** The compound score at or below which a text reads as negative, as the VADER authors recommend. */
    public static final double NEGATIVE_THRESHOLD = -0.05;

    /** The scores of a text without tokens, such as the empty string. */
    public static final SentimentScores NONE = new SentimentScores(0.0, 0.0, 0.0, 0.0);

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a proportion is outside 0 to 1 or the compound outside
     *                                  -1 to 1 (NaN included)
     */
    public SentimentScores {
        requireShare("negative", negative);
        requireShare("neutral", neutral);
        requireShare("positive", positive);
        if (!(compound >= -1.0 && compound <= 1.0)) {
            throw new IllegalArgumentException("compound must be between -1 and 1 but is " + compound);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 but is " + value);
        }
    }

    /**
     * The sentiment class by the thresholds the VADER authors recommend: {@code "positive"} when
     * the compound score is at least {@value #POSITIVE_THRESHOLD}, {@code "negative"} when it is at
     * most {@value #NEGATIVE_THRESHOLD}, {@code "neutral"} in between. For example a compound of
     * {@code 0.4404} is {@code "positive"} and {@code 0.0} is {@code "neutral"}.
     */
    public String label() {
        if (compound >= POSITIVE_THRESHOLD) {
            return "positive";
        }
        if (compound <= NEGATIVE_THRESHOLD) {
            return "negative";
        }
        return "neutral";
    }
}
