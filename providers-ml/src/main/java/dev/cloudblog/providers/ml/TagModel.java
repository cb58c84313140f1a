package dev.cloudblog.providers.ml;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Proposes tags for a text, learned from tagged posts: a text's TF-IDF weights over a
 * {@link Vocabulary} feed a hidden ReLU layer and then one sigmoid output per tag, trained with
 * binary cross-entropy, so each tag gets its own probability and a text may get several.
 *
 * <p>Only tags used by at least {@link TagSettings#minPostsPerTag()} posts are learned; untagged
 * posts are left out of training, since a missing tag there says nothing, while a post with
 * only tags too rare to learn counts against every learned tag. With too little data
 * there is no model at all ({@link #readiness}) rather than a guessing one.
 *
 * <p>Thread-safe: a model never changes once trained, and suggestions are computed one at a time.
 */
final class TagModel {

    private static final int BATCH_SIZE = 32;
    private static final String TAGS_FILE = "tags.json";
    private static final String OUTPUT_NOUN = "tag";

    private final TextNetwork network;

    private TagModel(TextNetwork network) {
        this.network = network;
    }

    /**
     * Why a model cannot be learned from {@code data} yet, or empty when it can: there must be at
     * least {@link TagSettings#minPosts()} tagged posts and at least two tags used by
     * {@link TagSettings#minPostsPerTag()} of them or more.
     */
    static Optional<String> readiness(List<TaggedText> data, TagSettings settings) {
        List<TaggedText> tagged = tagged(data);
        int learnable = learnableTags(tagged, settings).size();
        if (tagged.size() >= settings.minPosts() && learnable >= 2) {
            return Optional.empty();
        }
        return Optional.of("auto-tagging needs at least " + settings.minPosts() + " tagged posts with 2 tags used by "
                + settings.minPostsPerTag() + " or more posts each; it has " + plural(tagged.size(), "tagged post")
                + " and " + plural(learnable, "tag") + " used that often");
    }

    /**
     * Learns a model from the tagged posts among {@code data}. Equal data (in equal order) and
     * settings give an equal model.
     *
     * @throws IllegalArgumentException if there is too little data (the message says what is
     *         missing, as {@link #readiness} does) or no word occurs in
     *         {@link TagSettings#minDocuments()} tagged posts
     */
    static TagModel train(List<TaggedText> data, TagSettings settings) {
        readiness(data, settings).ifPresent(missing -> {
            throw new IllegalArgumentException(missing);
        });
        List<TaggedText> tagged = tagged(data);
        List<String> tags = learnableTags(tagged, settings);
        List<List<String>> documents = tagged.stream().map(post -> Tokenizer.tokens(post.text())).toList();
        Vocabulary vocabulary = Vocabulary.build(documents, settings.vocabularySize(), settings.minDocuments());
        if (vocabulary.size() == 0) {
            throw new IllegalArgumentException("no word occurs in " + settings.minDocuments()
                    + " or more of the " + tagged.size() + " tagged posts");
        }
        return new TagModel(TextNetwork.train(vocabulary, tags,
                configuration(vocabulary.size(), tags.size(), settings), settings.epochs(), BATCH_SIZE,
                settings.seed(), documents, labels(tagged, tags)));
    }

    /**
     * The tags whose probability for {@code text} is at least {@code minProbability}, most likely
     * first (ties by tag), at most {@code limit}. A text with none of the model's words gets none.
     *
     * @throws IllegalArgumentException if the limit is below 1 or the probability outside [0, 1]
     */
    List<TagSuggestion> suggest(String text, int limit, double minProbability) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in [0, 1], got " + minProbability);
        }
        List<String> tokens = Tokenizer.tokens(text);
        if (tokens.isEmpty() || network.vocabulary().unknownShare(tokens) == 1) {
            return List.of();
        }
        double[] probabilities = network.outputs(tokens);
        List<String> tags = tags();
        List<TagSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (probabilities[i] >= minProbability) {
                suggestions.add(new TagSuggestion(tags.get(i), probabilities[i]));
            }
        }
        return suggestions.stream()
                .sorted(Comparator.comparingDouble(TagSuggestion::probability).reversed()
                        .thenComparing(TagSuggestion::tag))
                .limit(limit).toList();
    }

    /** The tags the model knows, in its output order (sorted). */
    List<String> tags() {
        return network.outputNames();
    }

    /**
     * Writes the model to {@code directory} (created if missing) as {@code model.zip} (the
     * network), {@code vocabulary.json} and {@code tags.json}, replacing any model there.
     *
     * @throws IOException if a file cannot be written
     */
    void save(Path directory) throws IOException {
        network.save(directory, TAGS_FILE);
    }

    /**
     * Reads a model {@link #save saved} to {@code directory}.
     *
     * @throws NoSuchFileException if one of its files is missing
     * @throws IOException         if a file cannot be read or is malformed, or the files do not
     *                             belong together; the message names the file
     */
    static TagModel load(Path directory) throws IOException {
        return new TagModel(TextNetwork.load(directory, TAGS_FILE, OUTPUT_NOUN));
    }

    @Override
    public String toString() {
        return "TagModel[" + network.vocabulary() + ", tags " + tags() + "]";
    }

    private static List<TaggedText> tagged(List<TaggedText> data) {
        return data.stream().filter(post -> !post.tags().isEmpty()).toList();
    }

    private static List<String> learnableTags(List<TaggedText> tagged, TagSettings settings) {
        Map<String, Integer> uses = new TreeMap<>();
        for (TaggedText post : tagged) {
            post.tags().forEach(tag -> uses.merge(tag, 1, Integer::sum));
        }
        return uses.entrySet().stream().filter(entry -> entry.getValue() >= settings.minPostsPerTag())
                .map(Map.Entry::getKey).toList();
    }

    private static float[][] labels(List<TaggedText> posts, List<String> tags) {
        float[][] rows = new float[posts.size()][tags.size()];
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < tags.size(); column++) {
                rows[row][column] = posts.get(row).tags().contains(tags.get(column)) ? 1f : 0f;
            }
        }
        return rows;
    }

    private static MultiLayerConfiguration configuration(int inputs, int outputs, TagSettings settings) {
        return new NeuralNetConfiguration.Builder()
                .seed(settings.seed())
                .updater(new Adam(settings.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(settings.hiddenSize())
                        .activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(settings.hiddenSize())
                        .nOut(outputs).activation(Activation.SIGMOID).build())
                .build();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
