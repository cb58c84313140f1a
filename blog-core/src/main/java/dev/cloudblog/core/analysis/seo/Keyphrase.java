package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.core.analysis.text.Words;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A focus keyphrase, as the checks match it: by its content words, that is its words other than
 * {@linkplain FunctionWords function words} (or all its words when every one is a function word),
 * compared case-insensitively by {@linkplain WordForms#stem stem}, in any order.
 *
 * <p>A piece of text contains the keyphrase when every content word occurs in it. The number of
 * times a piece contains it is the fewest times any one content word occurs there; a text's
 * occurrences are summed over its sentences, so the content words must meet in one sentence.
 *
 * <pre>{@code
 * Keyphrase bikeShop = Keyphrase.parse("the bike shop").orElseThrow();
 * bikeShop.contentWords();                            // ["bike", "shop"]
 * bikeShop.count("Shops sell gear. Bike shop!");       // 1: "bike" is there once
 * bikeShop.count("Shops sell bikes. Bike shop!");      // 2
 * bikeShop.occurrences("Shops sell bikes. Bike shop!");   // 2: 1 per sentence
 * bikeShop.occurrences("Shops sell. Bikes roll.");        // 0: the words never meet
 * }</pre>
 */
final class Keyphrase {

    private final List<String> words;
    private final List<String> contentWords;
    private final Set<String> stems;

    private Keyphrase(List<String> words, List<String> contentWords) {
        this.words = List.copyOf(words);
        this.contentWords = List.copyOf(contentWords);
        this.stems = Set.copyOf(contentWords.stream().map(WordForms::stem).toList());
    }

    /** The keyphrase in a text, or empty when the text has no words. */
    static Optional<Keyphrase> parse(String text) {
        List<String> words = Words.of(text).stream().map(WordForms::normalized).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> contentWords = words.stream().filter(word -> !FunctionWords.contains(word)).toList();
        return Optional.of(new Keyphrase(words, contentWords.isEmpty() ? words : contentWords));
    }

    /** Its content words, in lower case, in order. */
    List<String> contentWords() {
        return contentWords;
    }

    /** How many times a piece of text contains the keyphrase; 0 when any content word is missing. */
    int count(String piece) {
        List<String> pieceStems = Words.of(piece).stream().map(WordForms::stem).toList();
        int fewest = Integer.MAX_VALUE;
        for (String stem : stems) {
            fewest = Math.min(fewest, Collections.frequency(pieceStems, stem));
        }
        return fewest;
    }

    /** Whether a piece of text contains every content word. */
    boolean isIn(String piece) {
        return count(piece) > 0;
    }

    /** The occurrences in sentences: {@link #count} summed over them. */
    int occurrences(List<String> sentences) {
        int occurrences = 0;
        for (String sentence : sentences) {
            occurrences += count(sentence);
        }
        return occurrences;
    }

    /**
     * Whether a text begins with the keyphrase exactly: all its words, function words included, in
     * order, ignoring case and punctuation only.
     *
     * <pre>{@code
     * Keyphrase.parse("bike shop").orElseThrow().begins("Bike Shop: a guide");   // true
     * Keyphrase.parse("bike shop").orElseThrow().begins("Bike shops");           // false
     * }</pre>
     */
    boolean begins(String text) {
        List<String> textWords = Words.of(text);
        if (textWords.size() < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!WordForms.normalized(textWords.get(i)).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every content word occurs among the hyphen-separated words of a slug. Hyphenated
     * content words count as their parts, since a slug cannot tell them apart.
     *
     * <pre>{@code
     * Keyphrase.parse("e-bike shops").orElseThrow().isInSlug("best-e-bike-shop");   // true
     * }</pre>
     */
    boolean isInSlug(String slug) {
        List<String> slugStems = Words.of(slug.replace('-', ' ')).stream().map(WordForms::stem).toList();
        return contentWords.stream()
                .flatMap(word -> Words.of(word.replace('-', ' ')).stream())
                .map(WordForms::stem)
                .allMatch(slugStems::contains);
    }
}
