package dev.cloudblog.core.analysis.seo;

import java.util.Set;

/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliary verbs and
 * common quantifiers and adverbs, which carry little meaning on their own. Keyphrase checks ignore
 * them, as Yoast SEO does, so that "how to fix a bike" is matched on "fix" and "bike".
 *
 * <pre>{@code
 * FunctionWords.contains("the");    // true
 * FunctionWords.contains("bike");   // false
 * }</pre>
 */
final class FunctionWords {

    private static final Set<String> WORDS = Set.of(
            // articles and determiners
            "a", "an", "the", "this", "that", "these", "those",
            "my", "your", "his", "her", "its", "our", "their",
            // pronouns
            "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them",
            // prepositions
            "of", "in", "on", "at", "by", "for", "to", "from", "with", "without", "about",
            "into", "onto", "over", "under", "up", "down", "out", "off", "as", "than",
            "before", "after", "between", "through", "during", "against",
            // conjunctions
            "and", "or", "but", "nor", "so", "if", "because", "while", "then",
            // question words
            "when", "where", "why", "how", "what", "which", "who", "whom", "whose",
            // auxiliary and modal verbs
            "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "have", "has", "had",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must",
            // negation, quantifiers and common adverbs
            "not", "no", "very", "too", "also", "just", "only",
            "all", "any", "some", "each", "every", "more", "most", "much", "many",
            "other", "such", "own", "same", "both", "either", "neither",
            "there", "here", "now", "again", "ever", "yet");

    private FunctionWords() {
    }

    /** Whether a word, already in lower case, is a function word. */
    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
