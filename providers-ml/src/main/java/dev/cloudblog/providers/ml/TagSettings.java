package dev.cloudblog.providers.ml;

/**
 * How a {@link TagModel} is learned, and how much data it needs before it is.
 *
 * @param minPosts       the fewest tagged posts to learn from
 * @param minPostsPerTag the fewest tagged posts a tag must be used by to be learned; at least two
 *                       tags must qualify
 * @param hiddenSize     the width of the hidden layer
 * @param epochs         the passes over the training posts
 * @param learningRate   the Adam learning rate
 * @param vocabularySize the most words the model reads
 * @param minDocuments   the fewest training posts a word must occur in to be read
 * @param seed           the seed of every random choice, so equal data and settings give equal models
 */
record TagSettings(int minPosts, int minPostsPerTag, int hiddenSize, int epochs, double learningRate,
        int vocabularySize, int minDocuments, long seed) {

    /**
     * @throws IllegalArgumentException if a count or size is below 1, or the learning rate is not
     *         a positive finite number
     */
    TagSettings {
        positive("minPosts", minPosts);
        positive("minPostsPerTag", minPostsPerTag);
        positive("hiddenSize", hiddenSize);
        positive("epochs", epochs);
        positive("vocabularySize", vocabularySize);
        positive("minDocuments", minDocuments);
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("learningRate must be a positive finite number, got " + learningRate);
        }
    }

    /**
     * Settings for a blog's own posts: at least 30 tagged posts and 5 posts per tag, a hidden layer
     * of 64, 30 epochs at learning rate 0.005, up to 5,000 words found in 2 or more posts, seed 42.
     */
    static TagSettings defaults() {
        return new TagSettings(30, 5, 64, 30, 0.005, 5_000, 2, 42);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
