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
        StringBuilder pending = new StringBuilder();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            pending.append(text, start, end);
            String sentence = pending.toString().strip();
            if (endsWithAbbreviation(sentence) && end < text.length()) {
                continue;
            }
            if (!Words.of(sentence).isEmpty()) {
                sentences.add(sentence);
            }
            pending.setLength(0);
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        int space = sentence.lastIndexOf(' ');
        return ABBREVIATIONS.contains(sentence.substring(space + 1).toLowerCase(Locale.ROOT));
    }
}
