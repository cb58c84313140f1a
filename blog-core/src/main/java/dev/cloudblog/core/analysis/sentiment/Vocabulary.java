package dev.cloudblog.core.analysis.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * The fixed word lists of VADER's rules, copied from the reference implementation: negations,
 * boosters and dampeners, and special-case idioms. All lower-case.
 *
 * <p>The reference also defines {@code SENTIMENT_LADEN_IDIOMS} ("cut the mustard", "under the
 * weather"...) but marks them as future work and never applies them, so they are not here.
 */
final class Vocabulary {

    /** The valence a booster adds, empirically derived. */
    static final double B_INCR = 0.293;

    /** The valence a dampener adds, empirically derived. */
    static final double B_DECR = -0.293;

    /** Words that negate what follows; besides these, any token containing {@code n't} negates. */
    static final Set<String> NEGATE = Set.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    /**
     * Degree adverbs that intensify ({@link #B_INCR}) or dampen ({@link #B_DECR}) the sentiment
     * word after them. The two-word entries only ever match as bigrams before a sentiment word.
     */
    static final Map<String, Double> BOOSTERS = Map.ofEntries(
            Map.entry("absolutely", B_INCR), Map.entry("amazingly", B_INCR), Map.entry("awfully", B_INCR),
            Map.entry("completely", B_INCR), Map.entry("considerable", B_INCR), Map.entry("considerably", B_INCR),
            Map.entry("decidedly", B_INCR), Map.entry("deeply", B_INCR), Map.entry("effing", B_INCR),
            Map.entry("enormous", B_INCR), Map.entry("enormously", B_INCR),
            Map.entry("entirely", B_INCR), Map.entry("especially", B_INCR), Map.entry("exceptional", B_INCR),
            Map.entry("exceptionally", B_INCR), Map.entry("extreme", B_INCR), Map.entry("extremely", B_INCR),
            Map.entry("fabulously", B_INCR), Map.entry("flipping", B_INCR), Map.entry("flippin", B_INCR),
            Map.entry("frackin", B_INCR), Map.entry("fracking", B_INCR),
            Map.entry("fricking", B_INCR), Map.entry("frickin", B_INCR), Map.entry("frigging", B_INCR),
            Map.entry("friggin", B_INCR), Map.entry("fully", B_INCR),
            Map.entry("fuckin", B_INCR), Map.entry("fucking", B_INCR), Map.entry("fuggin", B_INCR),
            Map.entry("fugging", B_INCR),
            Map.entry("greatly", B_INCR), Map.entry("hella", B_INCR), Map.entry("highly", B_INCR),
            Map.entry("hugely", B_INCR),
            Map.entry("incredible", B_INCR), Map.entry("incredibly", B_INCR), Map.entry("intensely", B_INCR),
            Map.entry("major", B_INCR), Map.entry("majorly", B_INCR), Map.entry("more", B_INCR),
            Map.entry("most", B_INCR), Map.entry("particularly", B_INCR),
            Map.entry("purely", B_INCR), Map.entry("quite", B_INCR), Map.entry("really", B_INCR),
            Map.entry("remarkably", B_INCR),
            Map.entry("so", B_INCR), Map.entry("substantially", B_INCR),
            Map.entry("thoroughly", B_INCR), Map.entry("total", B_INCR), Map.entry("totally", B_INCR),
            Map.entry("tremendous", B_INCR), Map.entry("tremendously", B_INCR),
            Map.entry("uber", B_INCR), Map.entry("unbelievably", B_INCR), Map.entry("unusually", B_INCR),
            Map.entry("utter", B_INCR), Map.entry("utterly", B_INCR),
            Map.entry("very", B_INCR),
            Map.entry("almost", B_DECR), Map.entry("barely", B_DECR), Map.entry("hardly", B_DECR),
            Map.entry("just enough", B_DECR),
            Map.entry("kind of", B_DECR), Map.entry("kinda", B_DECR), Map.entry("kindof", B_DECR),
            Map.entry("kind-of", B_DECR),
            Map.entry("less", B_DECR), Map.entry("little", B_DECR), Map.entry("marginal", B_DECR),
            Map.entry("marginally", B_DECR),
            Map.entry("occasional", B_DECR), Map.entry("occasionally", B_DECR), Map.entry("partly", B_DECR),
            Map.entry("scarce", B_DECR), Map.entry("scarcely", B_DECR), Map.entry("slight", B_DECR),
            Map.entry("slightly", B_DECR), Map.entry("somewhat", B_DECR),
            Map.entry("sort of", B_DECR), Map.entry("sorta", B_DECR), Map.entry("sortof", B_DECR),
            Map.entry("sort-of", B_DECR));

    /** Idioms and phrases containing lexicon words, with the valence that replaces the word's own. */
    static final Map<String, Double> SPECIAL_CASES = Map.of(
            "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
            "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private Vocabulary() {
    }

    /** Whether a lower-case token negates: it is in {@link #NEGATE} or contains {@code n't}. */
    static boolean negates(String token) {
        return NEGATE.contains(token) || token.contains("n't");
    }
}
