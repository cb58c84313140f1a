package dev.cloudblog.core.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words: runs of letters and digits, with apostrophes and hyphens inside a word
 * kept ("don't", "well-known"). Punctuation, emoji and symbols are not words. Thread-safe.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    /** The words of a text, as written. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The number of words in a text. */
    public static int count(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
