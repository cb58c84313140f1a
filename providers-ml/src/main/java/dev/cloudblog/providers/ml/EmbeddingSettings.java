package dev.cloudblog.providers.ml;

/**
 * How {@link Embeddings} are learned.
 *
 * @param vectorSize       the length of word and post vectors
 * @param minWordFrequency the fewest occurrences in the corpus a word needs to get a vector
 * @param repeats          how often the corpus is read in the single training pass
 * @param seed             the seed of every random choice
 */
record EmbeddingSettings(int vectorSize, int minWordFrequency, int repeats, long seed) {

    /** @throws IllegalArgumentException if a size or count is below 1 */
    EmbeddingSettings {
        if (vectorSize < 1 || minWordFrequency < 1 || repeats < 1) {
            throw new IllegalArgumentException("vectorSize, minWordFrequency and repeats must be at least 1, got "
                    + vectorSize + ", " + minWordFrequency + " and " + repeats);
        }
    }

    /**
     * Vectors of 100, words seen at least twice, the corpus read 20 times (a blog's posts are few
     * for word2vec), seed 42.
     */
    static EmbeddingSettings defaults() {
        return new EmbeddingSettings(100, 2, 20, 42);
    }
}
