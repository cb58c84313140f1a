package dev.cloudblog.core.analysis.readability;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Words;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds texts of known shape for the readability tests. */
final class Texts {

    private Texts() {
    }

    /** A plain active sentence of exactly this many words, without transition words. */
    static String sentence(int words) {
        return Stream.concat(Stream.of("Cats"), Collections.nCopies(words - 1, "nap").stream())
                .collect(Collectors.joining(" ", "", "."));
    }

    /** These many copies of a sentence, as one paragraph. */
    static String times(int count, String sentence) {
        return String.join(" ", Collections.nCopies(count, sentence));
    }

    /** Paragraphs separated by blank lines. */
    static String paragraphs(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** A paragraph of exactly this many words, in sentences of at most ten words. */
    static String paragraph(int words) {
        StringBuilder text = new StringBuilder();
        for (int left = words; left > 0; left -= 10) {
            text.append(text.isEmpty() ? "" : " ").append(sentence(Math.min(10, left)));
        }
        return text.toString();
    }

    /** The check with this id. */
    static Check check(ReadabilityReport report, String id) {
        return report.checks().stream().filter(check -> check.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + report.checks()));
    }

    /** Words in lower case, as the sentence checks read them. */
    static List<String> lowerWords(String sentence) {
        return Words.of(sentence).stream()
                .map(word -> word.toLowerCase(Locale.ROOT).replace('’', '\''))
                .toList();
    }
}
