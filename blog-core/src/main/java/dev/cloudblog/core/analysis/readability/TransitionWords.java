package dev.cloudblog.core.analysis.readability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells whether an English sentence contains a transition word or phrase: a word such as "however",
 * "because" or "finally", or a phrase such as "for example" or "on the other hand", that links a
 * sentence to what came before.
 *
 * <p>The lists hold 102 words and 76 phrases; a phrase is listed only when none of its words is a
 * transition word on its own ("because of" is covered by "because"). Single words match a word of the
 * sentence; phrases match consecutive words. Matching ignores where the words stand and what they
 * mean, so "first" in "the first time" and "so" in "so much" count too.
 *
 * <pre>{@code
 * TransitionWords.appearIn(List.of("however", "it", "works"));                 // true
 * TransitionWords.appearIn(List.of("on", "the", "other", "hand", "it", "is")); // true
 * TransitionWords.appearIn(List.of("it", "works"));                            // false
 * }</pre>
 */
final class TransitionWords {

    private static final Set<String> WORDS = Set.of(
            "accordingly", "additionally", "afterward", "afterwards", "albeit", "also", "alternatively",
            "although", "altogether", "basically", "because", "besides", "but", "certainly",
            "chiefly", "clearly", "comparatively", "concurrently", "consequently", "conversely",
            "correspondingly", "currently", "despite", "during", "earlier", "equally", "especially",
            "essentially", "eventually", "evidently", "finally", "first", "firstly", "formerly", "fourth",
            "fourthly", "further", "furthermore", "generally", "hence", "henceforth", "however", "ideally",
            "importantly", "indeed", "initially", "instead", "last", "lastly", "later", "likewise",
            "markedly", "meanwhile", "moreover", "namely", "naturally", "nevertheless", "next", "nonetheless", "nor",
            "notably", "notwithstanding", "obviously", "occasionally", "once", "otherwise", "overall",
            "particularly", "previously", "rather", "regardless", "second", "secondly", "similarly",
            "simultaneously", "since", "so", "soon", "specifically", "still", "subsequently", "surely",
            "surprisingly", "then", "thereafter", "therefore", "thereupon", "third", "thirdly", "though",
            "thus", "ultimately", "undeniably", "undoubtedly", "unless", "unlike", "until", "when",
            "whenever", "whereas", "while", "yet");

    private static final List<String> PHRASES = List.of(
            "above all", "after all", "after that", "all in all", "all of a sudden", "all things considered",
            "along with", "as a consequence", "as a matter of fact", "as a result", "as an example",
            "as an illustration", "as long as", "as opposed to", "as well as", "as you can see", "at any rate",
            "at the same time", "by all means", "by contrast", "by the same token", "by the way", "compared to",
            "compared with", "due to", "even if", "for example", "for instance", "for one thing",
            "for the most part", "for the same reason", "for this reason", "from time to time", "given that",
            "in addition", "in any case", "in brief", "in comparison", "in conclusion", "in contrast",
            "in fact", "in general", "in light of", "in order to", "in other words", "in particular",
            "in short", "in spite of", "in summary", "in that case", "in the end", "in the long run",
            "in the meantime", "in the same way", "in this case", "in turn", "not only", "of course",
            "on the contrary", "on the one hand", "on the other hand", "on the whole", "on top of that",
            "provided that", "such as", "that is to say", "to begin with", "to conclude", "to illustrate",
            "to put it another way", "to sum up", "to summarize", "to that end", "up to now", "with regard to",
            "with this in mind");

    /** The phrases by their first word, each as its words. */
    private static final Map<String, List<List<String>>> PHRASES_BY_FIRST_WORD = PHRASES.stream()
            .map(phrase -> List.of(phrase.split(" ")))
            .collect(Collectors.groupingBy(phrase -> phrase.get(0)));

    private TransitionWords() {
    }

    /**
     * Whether a transition word or phrase appears in a sentence.
     *
     * @param words the sentence's words in lower case
     */
    static boolean appearIn(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (WORDS.contains(word) || startsPhrase(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsPhrase(List<String> words, int at) {
        for (List<String> phrase : PHRASES_BY_FIRST_WORD.getOrDefault(words.get(at), List.of())) {
            if (at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
