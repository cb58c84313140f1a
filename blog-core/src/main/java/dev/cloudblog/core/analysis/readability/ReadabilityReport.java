package dev.cloudblog.core.analysis.readability;

import dev.cloudblog.api.analysis.Check;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The readability of a text: its counts, its Flesch scores and its checks.
 *
 * <pre>{@code
 * ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse("The cat sat on the mat."));
 * report.fleschReadingEase();  // 100.0
 * report.checks();             // worst first
 * report.verdict();            // "green"
 * }</pre>
 *
 * @param sentences          the sentences of the paragraphs (headings are not sentences)
 * @param words              the words of the paragraphs
 * @param syllables          the syllables of those words, by {@link Syllables#count(String)}
 * @param fleschReadingEase  Flesch reading ease, 0 (hard) to 100 (easy); 0 for a text without words
 * @param fleschKincaidGrade Flesch-Kincaid grade level, 0 or more; 0 for a text without words
 * @param checks             the checks, worst (lowest score) first, ties by id
 * @param overall            the traffic light the checks add up to
 */
public record ReadabilityReport(int sentences, int words, int syllables, double fleschReadingEase,
                                double fleschKincaidGrade, List<Check> checks, TrafficLight overall) {

    public ReadabilityReport {
        if (sentences < 0 || words < 0 || syllables < 0) {
            throw new IllegalArgumentException(
                    "negative count: " + sentences + " sentences, " + words + " words, " + syllables + " syllables");
        }
        checks = List.copyOf(checks);
        Objects.requireNonNull(overall, "overall");
    }

    /** The overall traffic light in a word: {@code green}, {@code orange} or {@code red}. */
    public String verdict() {
        return overall.verdict();
    }

    /**
     * How readable a text is overall, from penalty points of its checks: each bad check (score 4 or
     * less) adds 3, each fine one (5 to 7) adds 2, good ones add nothing. More than 6 points is red,
     * more than 4 orange, otherwise green, so one bad check or two fine ones are still green.
     *
     * <pre>{@code
     * TrafficLight.of(List.of(new Check("a", 3, "bad"), new Check("b", 6, "ok")));  // ORANGE (5 points)
     * }</pre>
     */
    public enum TrafficLight {
        /** Readable: at most 4 penalty points. */
        GREEN,
        /** Could be better: 5 or 6 penalty points. */
        ORANGE,
        /** Hard to read: more than 6 penalty points. */
        RED;

        private static final int BAD_PENALTY = 3;
        private static final int OK_PENALTY = 2;
        private static final int RED_ABOVE = 6;
        private static final int ORANGE_ABOVE = 4;

        /**
         * The traffic light that checks add up to.
         *
         * @param checks the checks, in any order; none is green
         * @return the traffic light
         */
        public static TrafficLight of(Collection<Check> checks) {
            int penalty = 0;
            for (Check check : checks) {
                penalty += switch (check.rating()) {
                    case BAD -> BAD_PENALTY;
                    case OK -> OK_PENALTY;
                    case GOOD -> 0;
                };
            }
            return penalty > RED_ABOVE ? RED : penalty > ORANGE_ABOVE ? ORANGE : GREEN;
        }

        /** The lower-case name: {@code green}, {@code orange} or {@code red}. */
        public String verdict() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
