package dev.cloudblog.providers.ml;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import java.nio.file.Path;

/**
 * The settings of the {@code ml} analyzer, read and checked at start.
 *
 * <ul>
 *   <li>{@code blog.ml.path}: the model registry's directory; default {@code <blog.data.dir>/ml};</li>
 *   <li>{@code blog.ml.sentiment.folds}: folds of the cross-validation that measures a new
 *       sentiment model; default {@code 5}, {@code 0} to skip it;</li>
 *   <li>{@code blog.ml.sentiment.search-trials}: random hyperparameter trials, each cross-validated,
 *       before a new sentiment model is trained; default {@code 0}, none;</li>
 *   <li>{@code blog.ml.tags.min-posts}: tagged posts needed before tags are suggested; default {@code 30};</li>
 *   <li>{@code blog.ml.tags.min-posts-per-tag}: posts a tag needs to be learned; default {@code 5};</li>
 *   <li>{@code blog.ml.tags.retrain-after}: changed posts that trigger retraining the tagger and the
 *       embeddings in the background; default {@code 20};</li>
 *   <li>{@code blog.ml.tags.limit} and {@code blog.ml.tags.min-probability}: how many tags to
 *       suggest at most, and the least probability of one; defaults {@code 5} and {@code 0.2};</li>
 *   <li>{@code blog.ml.related.limit}: related posts per post; default {@code 5};</li>
 *   <li>{@code blog.ml.drift.window}: recent predictions compared with the training distribution;
 *       default {@code 500};</li>
 *   <li>{@code blog.ml.drift.threshold}: the population stability index at which drift is
 *       reported; default {@code 0.25};</li>
 *   <li>{@code blog.ml.native-threads}: the threads ND4J's native code uses, for the whole JVM;
 *       default {@code 1}, which is fastest for these small networks.</li>
 * </ul>
 *
 * @param directory            the model registry's directory
 * @param sentimentFolds       folds of the sentiment cross-validation, 0 for none
 * @param searchTrials         hyperparameter trials before training sentiment, 0 for none
 * @param minTaggedPosts       tagged posts needed before tags are suggested
 * @param minPostsPerTag       posts a tag needs to be learned
 * @param retrainAfter         changed posts that trigger retraining
 * @param tagLimit             most tags suggested
 * @param minTagProbability    least probability of a suggested tag
 * @param relatedLimit         related posts per post
 * @param driftWindow          predictions compared with the training distribution
 * @param driftThreshold       stability index that raises the drift alert
 * @param nativeThreads        threads of ND4J's native code
 */
record MlSettings(Path directory, int sentimentFolds, int searchTrials, int minTaggedPosts, int minPostsPerTag,
                  int retrainAfter, int tagLimit, double minTagProbability, int relatedLimit, int driftWindow,
                  double driftThreshold, int nativeThreads) {

    /**
     * Reads the settings.
     *
     * @throws BlogConfigurationException naming a key whose value is out of range
     */
    static MlSettings of(Config config) {
        Path dataDir = config.path("blog.data.dir", Path.of("data"));
        int folds = config.intValue("blog.ml.sentiment.folds", 5, 0, 20);
        if (folds == 1) {
            throw new BlogConfigurationException("blog.ml.sentiment.folds = 1: cross-validation needs at least 2 "
                    + "folds; 0 skips it");
        }
        return new MlSettings(config.path("blog.ml.path", dataDir.resolve("ml")), folds,
                config.intValue("blog.ml.sentiment.search-trials", 0, 0, 1_000),
                config.intValue("blog.ml.tags.min-posts", 30, 2, 1_000_000),
                config.intValue("blog.ml.tags.min-posts-per-tag", 5, 1, 1_000_000),
                config.intValue("blog.ml.tags.retrain-after", 20, 1, 1_000_000),
                config.intValue("blog.ml.tags.limit", 5, 1, 100),
                fraction(config, "blog.ml.tags.min-probability", 0.2),
                config.intValue("blog.ml.related.limit", 5, 1, 100),
                config.intValue("blog.ml.drift.window", 500, 10, 1_000_000),
                fraction(config, "blog.ml.drift.threshold", 0.25),
                config.intValue("blog.ml.native-threads", 1, 1, 256));
    }

    private static double fraction(Config config, String key, double defaultValue) {
        String text = config.string(key, Double.toString(defaultValue));
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BlogConfigurationException(key + " = '" + text + "': expected a number above 0 and at most 1");
    }
}
