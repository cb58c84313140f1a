package dev.cloudblog.core.analysis.readability;

import java.util.List;
import java.util.Set;

/**
 * Tells whether an English sentence is in the passive voice, by a word-pattern heuristic rather than a
 * parse.
 *
 * <p>A sentence is passive when a form of "to be" or "to get" ({@code am is are was were be been being
 * get gets got gotten getting}, and {@code isn't aren't wasn't weren't}) is followed by a past
 * participle, either directly or after at most two adverbs: words ending in {@code -ly}, or one of a
 * short list such as {@code not never also still just already always often even only well being been}.
 * A past participle is a word from a list of irregular past participles of transitive verbs
 * ({@code written taken given made done seen built sold told ...}), or a regular one: a word of four or
 * more letters ending in {@code -ed}, except words that only look like one ({@code need seed speed
 * indeed hundred naked ...}) and the {@code -ed} adjectives of feeling and state ({@code tired
 * interested excited bored worried married supposed ...}).
 *
 * <pre>{@code
 * PassiveVoice.isPassive(List.of("the", "letter", "was", "written", "by", "john"));  // true
 * PassiveVoice.isPassive(List.of("the", "cake", "is", "being", "baked"));            // true
 * PassiveVoice.isPassive(List.of("john", "wrote", "the", "letter"));                 // false
 * PassiveVoice.isPassive(List.of("she", "is", "tired"));                             // false
 * }</pre>
 *
 * <p>Known limits. A participle used as an adjective after "to be" counts as passive unless it is in
 * the adjective list ("the room is crowded", "the door was closed"). Passives without a form of be or
 * get are missed: reduced clauses ("the letter written by John"), causatives ("she had the car
 * washed"). So are passives with more than two words, or words other than adverbs, between the
 * auxiliary and the participle ("was, as expected, delayed"). Irregular participles that are also
 * common adjectives or idioms ({@code upset fit drunk rid}) and intransitive ones ({@code gone come
 * become fallen risen}) are left out of the list, so "he is gone" is active and "she was upset by it"
 * is missed.
 */
final class PassiveVoice {

    private static final Set<String> AUXILIARIES = Set.of(
            "am", "is", "are", "was", "were", "be", "been", "being",
            "get", "gets", "got", "gotten", "getting",
            "isn't", "aren't", "wasn't", "weren't");

    private static final Set<String> ADVERBS = Set.of(
            "not", "never", "also", "still", "just", "already", "always", "often", "even", "only", "ever",
            "well", "very", "too", "so", "much", "then", "now", "soon", "all", "both", "each", "rarely",
            "seldom", "sometimes", "once", "being", "been", "further", "first", "later", "again");

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of(
            "awoken", "beaten", "beheld", "bent", "bet", "bid", "bidden", "bitten", "blown", "born",
            "borne", "bought", "bound", "bred", "broadcast", "broken", "brought", "browbeaten", "built",
            "burnt", "burst", "cast", "caught", "chosen", "clung", "cut", "dealt", "done", "drawn", "dreamt",
            "driven", "dug", "eaten", "fed", "felt", "flung", "forbidden", "forecast", "foreseen",
            "foretold", "forgiven", "forgotten", "forsaken", "fought", "found", "frozen", "given", "ground",
            "grown", "heard", "held", "hewn", "hidden", "hit", "hung", "hurt", "inlaid", "input", "kept",
            "knit", "known", "laid", "leapt", "learnt", "led", "left", "lent", "let", "lit", "lost",
            "made", "meant", "met", "misheard", "mislaid", "misled", "misread", "misspelt", "mistaken",
            "misunderstood", "mown", "outdone", "outgrown", "outrun", "outsold", "overcome", "overdone",
            "overheard", "overlaid", "overpaid", "overridden", "overrun", "overseen", "oversold", "overtaken",
            "overthrown", "overwritten", "paid", "partaken", "proofread", "proven", "put", "quit", "read",
            "rebuilt", "recast", "redone", "remade", "repaid", "reread", "reset", "resold", "retaken",
            "rethought", "retold", "rewound", "rewritten", "ridden", "run", "rung", "said", "sawn", "seen",
            "sent", "set", "sewn", "shaken", "shed", "shorn", "shot", "shown", "shrunk", "shut", "slain",
            "slung", "slit", "smelt", "sold", "sought", "sown", "spat", "spelt", "spent", "spilt", "split",
            "spoilt", "spoken", "spread", "sprung", "spun", "stolen", "struck", "strewn", "strung", "stuck",
            "stung", "sublet", "sung", "sunk", "sworn", "swept", "swung", "taken", "taught", "thought",
            "thrown", "thrust", "told", "torn", "trodden", "unbound", "undercut", "underpaid", "undersold",
            "understood", "undertaken", "underwritten", "undone", "unwound", "upheld", "waylaid", "wept",
            "withdrawn", "withheld", "withstood", "woken", "won", "worn", "woven", "wound", "written",
            "wrung");

    private static final Set<String> NOT_PARTICIPLES = Set.of(
            // -ed words that are not verb forms
            "bed", "red", "sled", "embed", "need", "seed", "feed", "speed", "weed", "reed", "deed", "breed",
            "greed", "steed", "heed", "bleed", "proceed", "succeed", "exceed", "indeed", "hundred", "sacred",
            "naked", "wicked", "kindred", "rugged", "ragged", "crooked", "infrared", "seabed", "flatbed",
            "hotbed", "hatred", "shred",
            // -ed adjectives of feeling and state
            "tired", "interested", "excited", "bored", "worried", "pleased", "surprised", "disappointed",
            "married", "scared", "confused", "frightened", "amazed", "annoyed", "ashamed", "delighted",
            "depressed", "embarrassed", "exhausted", "relaxed", "satisfied", "shocked", "terrified",
            "thrilled", "concerned", "talented", "advanced", "sophisticated", "determined", "experienced",
            "qualified", "skilled", "aged", "supposed", "prepared", "entitled", "committed", "dedicated");

    private static final int MAX_ADVERBS_BETWEEN = 2;

    private PassiveVoice() {
    }

    /**
     * Whether a sentence is passive by the rule above.
     *
     * @param words the sentence's words in lower case, apostrophes straight
     */
    static boolean isPassive(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (AUXILIARIES.contains(words.get(i)) && participleFollows(words, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean participleFollows(List<String> words, int from) {
        int end = Math.min(words.size(), from + MAX_ADVERBS_BETWEEN + 1);
        for (int j = from; j < end; j++) {
            String word = words.get(j);
            if (isParticiple(word)) {
                return true;
            }
            if (!isAdverb(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAdverb(String word) {
        return ADVERBS.contains(word) || word.length() > 4 && word.endsWith("ly");
    }

    private static boolean isParticiple(String word) {
        if (IRREGULAR_PARTICIPLES.contains(word)) {
            return true;
        }
        return word.length() >= 4 && word.endsWith("ed") && !NOT_PARTICIPLES.contains(word);
    }
}
