package dev.cloudblog.core.analysis;

import dev.cloudblog.core.analysis.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is English, guessed from its most common words: English prose is dense with a
 * few function words ("the", "of", "and", "is"...), which make up about 40% of its words. A text
 * of at least {@value #MIN_WORDS} words counts as English when at least {@value #MIN_SHARE_PERCENT}%
 * of its words are among them and most of its letters are Latin; a text of {@value #FEW_WORDS} to
 * {@value #MIN_WORDS} words needs one of them at least; shorter texts are given the benefit of the
 * doubt. Enough to keep English-only checks off German or Japanese text, not a
 * language identifier.
 *
 * @param english      whether the text reads as English
 * @param functionWordShare the share of words that are English function words, 0 to 1
 * @param latinShare   the share of letters in the Latin script, 0 to 1
 */
public record LanguageGuess(boolean english, double functionWordShare, double latinShare) {

    static final int MIN_WORDS = 20;
    static final int FEW_WORDS = 5;
    static final int MIN_SHARE_PERCENT = 15;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "a", "an", "to", "in", "is", "are", "was", "were", "be", "been", "it", "its", "that",
            "this", "these", "those", "for", "on", "with", "as", "at", "by", "from", "or", "but", "not", "no", "you",
            "your", "we", "our", "they", "their", "he", "she", "his", "her", "i", "my", "me", "us", "them", "have",
            "has", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
            "if", "so", "than", "then", "there", "here", "what", "which", "who", "when", "where", "how", "why",
            "all", "some", "any", "more", "most", "other", "such", "only", "also", "very", "just", "about", "into",
            "out", "up", "over", "after", "before", "because", "while");

    /** Guesses the language of a text. */
    public static LanguageGuess of(String text) {
        List<String> words = Words.of(text);
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        double latinShare = letters == 0 ? 1.0 : (double) latin / letters;
        long function = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).filter(FUNCTION_WORDS::contains)
                .count();
        double share = words.isEmpty() ? 0.0 : (double) function / words.size();
        boolean english;
        if (latinShare < 0.5) {
            english = false;
        } else if (words.size() < FEW_WORDS) {
            english = true;
        } else if (words.size() < MIN_WORDS) {
            english = function > 0;
        } else {
            english = share * 100 >= MIN_SHARE_PERCENT;
        }
        return new LanguageGuess(english, share, latinShare);
    }

    /** The guess as a language tag: {@code en}, or {@code und} (undetermined) for anything else. */
    public String tag() {
        return english ? "en" : "und";
    }
}
