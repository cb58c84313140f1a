package dev.cloudblog.core.analysis.readability;

/**
 * The Flesch readability formulas, from average sentence length in words (words / sentences) and
 * average word length in syllables (syllables / words).
 *
 * <pre>{@code
 * // "The cat sat on the mat. The dog ran.": 2 sentences, 9 words, 9 syllables
 * Flesch.readingEase(2, 9, 9);   // 206.835 - 1.015 * 4.5 - 84.6 * 1.0 = 117.67..., clamped to 100
 * Flesch.kincaidGrade(2, 9, 9);  // 0.39 * 4.5 + 11.8 * 1.0 - 15.59 = -2.035, clamped to 0
 * }</pre>
 */
final class Flesch {

    private Flesch() {
    }

    /**
     * Flesch reading ease, {@code 206.835 - 1.015 * words / sentences - 84.6 * syllables / words},
     * clamped to 0..100 (higher is easier; 60 to 70 is plain English). 0 when there are no words.
     */
    static double readingEase(int sentences, int words, int syllables) {
        if (words == 0) {
            return 0;
        }
        double ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        return Math.max(0, Math.min(100, ease));
    }

    /**
     * Flesch-Kincaid grade level, {@code 0.39 * words / sentences + 11.8 * syllables / words - 15.59},
     * the US school grade that can read the text, at least 0. 0 when there are no words.
     */
    static double kincaidGrade(int sentences, int words, int syllables) {
        if (words == 0) {
            return 0;
        }
        return Math.max(0, 0.39 * words / sentences + 11.8 * syllables / words - 15.59);
    }
}
