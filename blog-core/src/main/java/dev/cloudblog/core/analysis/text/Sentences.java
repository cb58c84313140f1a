package dev.cloudblog.core.analysis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits English text into sentences with the JDK's {@link BreakIterator}, which knows that the
 * full stop in "Dr. Smith" or "3.14" ends nothing. Thread-safe.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentences of a text, trimmed, empty ones dropped. */
    public static List<String> split(String text) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            String sentence = text.substring(start, end).strip();
            if (!Words.of(sentence).isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
