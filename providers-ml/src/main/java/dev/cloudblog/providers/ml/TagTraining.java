package dev.cloudblog.providers.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the tagger on the blog's posts and registers it, measured first: a fifth of the tagged
 * posts is held out (chosen with the settings' seed), a model trained on the rest suggests one tag
 * for each, and the share whose suggestion is one of the post's tags is the metric
 * {@code holdout.top1}. The registered model is then trained on all posts.
 */
final class TagTraining {

    private TagTraining() {
    }

    static Map<String, String> hyperparameters(TagSettings settings) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("minPosts", Integer.toString(settings.minPosts()));
        map.put("minPostsPerTag", Integer.toString(settings.minPostsPerTag()));
        map.put("hiddenSize", Integer.toString(settings.hiddenSize()));
        map.put("epochs", Integer.toString(settings.epochs()));
        map.put("learningRate", Double.toString(settings.learningRate()));
        map.put("vocabularySize", Integer.toString(settings.vocabularySize()));
        map.put("minDocuments", Integer.toString(settings.minDocuments()));
        map.put("seed", Long.toString(settings.seed()));
        return map;
    }

    static Map<String, String> hyperparameters(EmbeddingSettings settings) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("vectorSize", Integer.toString(settings.vectorSize()));
        map.put("minWordFrequency", Integer.toString(settings.minWordFrequency()));
        map.put("maxRepeats", Integer.toString(settings.maxRepeats()));
        map.put("tokenBudget", Long.toString(settings.tokenBudget()));
        map.put("seed", Long.toString(settings.seed()));
        return map;
    }

    /** Measures, trains and registers a tagger on {@code posts}, which must be ready for training. */
    static ModelCard register(ModelRegistry registry, List<TaggedText> posts, String fingerprint,
                              TagSettings settings) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<TaggedText> tagged = new ArrayList<>(posts.stream().filter(post -> !post.tags().isEmpty()).toList());
        Collections.shuffle(tagged, new Random(settings.seed()));
        int held = tagged.size() / 5;
        List<TaggedText> heldOut = tagged.subList(0, held);
        List<TaggedText> rest = tagged.subList(held, tagged.size());
        if (held > 0 && TagModel.readiness(rest, settings).isEmpty()) {
            TagModel measured = TagModel.train(rest, settings);
            long hits = heldOut.stream().filter(post -> measured.suggest(post.text(), 1, 0).stream()
                    .anyMatch(suggestion -> post.tags().contains(suggestion.tag()))).count();
            metrics.put("holdout.top1", hits / (double) held);
            metrics.put("holdout.posts", (double) held);
        }
        long started = System.nanoTime();
        TagModel model = TagModel.train(posts, settings);
        metrics.put("training.seconds", (System.nanoTime() - started) / 1e9);
        metrics.put("training.posts", (double) tagged.size());
        metrics.put("tags", (double) model.tags().size());
        return registry.register(MlAnalyzer.TAGS_ID, fingerprint, hyperparameters(settings), metrics, List.of(),
                model::save);
    }
}
