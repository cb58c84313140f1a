package dev.cloudblog.providers.ml;

/**
 * How {@link Embeddings} are learned.
 *
 * @param vectorSize       the length of word and post vectors
 * @param minWordFrequency the fewest occurrences in the corpus a word needs to get a vector
 * @param maxRepeats       how often a small corpus is read in the single training pass
 * @param tokenBudget      the most words read in that pass: a corpus is read as often as fits,
 *                         once at least, at most {@code maxRepeats} times, so that training time
 *                         stops growing once a blog has enough posts to learn from
 * @param seed             the seed of every random choice
 */
record EmbeddingSettings(int vectorSize, int minWordFrequency, int maxRepeats, long tokenBudget, long seed) {

    /** @throws IllegalArgumentException if a size or count is below 1 */
    EmbeddingSettings {
        if (vectorSize < 1 || minWordFrequency < 1 || maxRepeats < 1 || tokenBudget < 1) {
            throw new IllegalArgumentException("vectorSize, minWordFrequency, maxRepeats and tokenBudget must be at "
                    + "least 1, got " + vectorSize + ", " + minWordFrequency + ", " + maxRepeats + " and " + tokenBudget);
        }
    }

    /**
     * Vectors of 100, words seen at least twice, a corpus read up to 20 times (a blog's posts are
     * few for word2vec) and 400,000 words at most, seed 42.
     */
    static EmbeddingSettings defaults() {
        return new EmbeddingSettings(100, 2, 20, 400_000, 42);
    }

    /** How often a corpus of {@code tokens} words is read: as often as the budget allows, from 1 to {@code maxRepeats}. */
    int repeats(long tokens) {
        return (int) Math.max(1, Math.min(maxRepeats, tokenBudget / Math.max(1, tokens)));
    }
}
