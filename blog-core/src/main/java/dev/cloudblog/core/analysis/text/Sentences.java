package dev.cloudblog.core.analysis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English text into sentences with the JDK's {@link BreakIterator}, which knows that the
 * full stop in "3.14" ends nothing, and then joins back what it wrongly cut after a title or a
 * common abbreviation ("Dr. Smith", "e.g. this"). Thread-safe.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "mt.", "vs.", "e.g.", "i.e.", "no.", "fig.",
            "approx.", "dept.", "inc.", "ltd.", "co.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

    private Sentences() {
    }

    /** The sentences of a text, trimmed, empty ones dropped. */
    public static List<String> split(String text) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        List<String> sentences = new ArrayList<>();
        int sentenceStart = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            if (end < text.length() && endsWithAbbreviation(text, end)) {
                continue;
            }
            String sentence = text.substring(sentenceStart, end).strip();
            if (!Words.of(sentence).isEmpty()) {
                sentences.add(sentence);
            }
            sentenceStart = end;
        }
        return sentences;
    }

    /** Whether the last word before {@code end} (trailing white space aside) is an abbreviation. */
    private static boolean endsWithAbbreviation(String text, int end) {
        int last = end;
        while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        int first = last;
        while (first > 0 && !Character.isWhitespace(text.charAt(first - 1)) && last - first < 8) {
            first--;
        }
        return ABBREVIATIONS.contains(text.substring(first, last).toLowerCase(Locale.ROOT));
    }
}
