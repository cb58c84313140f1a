package dev.cloudblog.core.analysis.seo;

import java.util.Locale;

/**
 * How keyphrase checks compare words: in lower case, with typographic apostrophes made straight,
 * and, when forms may differ, by a crude stem.
 *
 * <p>The stemmer is a handful of English suffix rules, applied in this order:
 * <ol>
 *   <li>a possessive {@code 's} is dropped ({@code bike's} to {@code bike});</li>
 *   <li>one plural or third-person ending is dropped: {@code -ies} becomes {@code -y}
 *       ({@code stories} to {@code story}; also {@code -ied}: {@code tried} to {@code try}),
 *       {@code -es} goes after {@code ss, x, ch, sh, z} ({@code boxes} to {@code box}), and a
 *       final {@code -s} goes unless it follows {@code s}, {@code u} or {@code i} ({@code bikes} to
 *       {@code bike}, but {@code class}, {@code status}, {@code analysis} stay);</li>
 *   <li>then one {@code -ing} or {@code -ed} is dropped ({@code cooking}, {@code cooked} to
 *       {@code cook});</li>
 *   <li>a final {@code e} is dropped ({@code bike} to {@code bik}), and then a final doubled
 *       consonant is halved ({@code runn} to {@code run}).</li>
 * </ol>
 * Each rule leaves at least three letters. Stems are not words; they only need to agree between
 * forms of one word, and for regular forms they do:
 *
 * <pre>{@code
 * WordForms.stem("bike");     // "bik"
 * WordForms.stem("Bikes");    // "bik"
 * WordForms.stem("biking");   // "bik"
 * WordForms.stem("running");  // "run"
 * }</pre>
 *
 * Irregular forms ({@code mice}, {@code ran}) and some short words do not agree.
 */
final class WordForms {

    private WordForms() {
    }

    /**
     * A word in lower case with straight apostrophes.
     *
     * <pre>{@code
     * WordForms.normalized("Don’t");   // "don't"
     * }</pre>
     */
    static String normalized(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The stem of a word, as described in the class comment. */
    static String stem(String word) {
        String stem = normalized(word);
        if (stem.endsWith("'s")) {
            stem = cut(stem, 2);
        }
        stem = withoutProgressiveOrPast(withoutPlural(stem));
        if (stem.length() > 3 && stem.endsWith("e")) {
            stem = cut(stem, 1);
        }
        if (stem.length() > 3 && endsWithDoubledConsonant(stem)) {
            stem = cut(stem, 1);
        }
        return stem;
    }

    private static String withoutPlural(String word) {
        if (word.length() > 4 && (word.endsWith("ies") || word.endsWith("ied"))) {
            return cut(word, 3) + "y";
        }
        if (word.length() > 4 && endsWithAny(word, "sses", "xes", "ches", "shes", "zes")) {
            return cut(word, 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !endsWithAny(word, "ss", "us", "is")) {
            return cut(word, 1);
        }
        return word;
    }

    private static String withoutProgressiveOrPast(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return cut(word, 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return cut(word, 2);
        }
        return word;
    }

    private static boolean endsWithDoubledConsonant(String word) {
        char last = word.charAt(word.length() - 1);
        return last == word.charAt(word.length() - 2) && Character.isLetter(last) && "aeiouy".indexOf(last) < 0;
    }

    private static boolean endsWithAny(String word, String... suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String word, int chars) {
        return word.substring(0, word.length() - chars);
    }
}
