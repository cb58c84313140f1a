package dev.cloudblog.providers.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A trained single-label text classifier: a text's words become a row of TF-IDF weights over a
 * {@link Vocabulary}, which a network with one hidden ReLU layer maps to a probability per label.
 * Training is deterministic for a given {@link Hyperparameters#seed() seed}. Immutable once
 * trained or loaded, and safe for concurrent use (predictions run one at a time).
 */
final class TextClassifier {

    private static final int BATCH_SIZE = 64;
    private static final String LABELS_FILE = "labels.json";
    private static final String OUTPUT_NOUN = "label";

    private final TextNetwork network;

    private TextClassifier(TextNetwork network) {
        this.network = network;
    }

    /**
     * Trains a classifier: the vocabulary is built from the texts, then the network is trained
     * with Adam on shuffled mini-batches.
     *
     * @param data       the labelled texts, each label an index into {@code labelNames}
     * @param labelNames the names of the labels, by index; 2 or more, distinct and not blank
     * @param hp         how to train
     * @throws IllegalArgumentException if {@code data} is empty, a label has no name, the label
     *                                  names are fewer than 2, blank or repeated, or no word occurs
     *                                  in at least {@code hp.minDocuments()} texts
     */
    static TextClassifier train(List<LabelledText> data, List<String> labelNames, Hyperparameters hp) {
        Objects.requireNonNull(hp, "hp");
        List<String> names = TextNetwork.checkedNames(labelNames, OUTPUT_NOUN);
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no training data");
        }
        float[][] labels = new float[data.size()][names.size()];
        for (int row = 0; row < data.size(); row++) {
            int label = data.get(row).label();
            if (label >= names.size()) {
                throw new IllegalArgumentException("training text " + row + " has label " + label + " but there are "
                        + names.size() + " label names");
            }
            labels[row][label] = 1f;
        }
        List<List<String>> documents = data.stream().map(text -> Tokenizer.tokens(text.text())).toList();
        Vocabulary vocabulary = Vocabulary.build(documents, hp.vocabularySize(), hp.minDocuments());
        if (vocabulary.size() == 0) {
            throw new IllegalArgumentException("no word occurs in at least minDocuments=" + hp.minDocuments()
                    + " of the " + data.size() + " training texts");
        }
        return new TextClassifier(TextNetwork.train(vocabulary, names,
                configuration(vocabulary.size(), names.size(), hp), hp.epochs(), BATCH_SIZE, hp.seed(), documents,
                labels));
    }

    private static MultiLayerConfiguration configuration(int inputs, int labels, Hyperparameters hp) {
        return new NeuralNetConfiguration.Builder()
                .seed(hp.seed())
                .updater(new Adam(hp.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(hp.hiddenSize()).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(hp.hiddenSize()).nOut(labels)
                        .activation(Activation.SOFTMAX).build())
                .build();
    }

    /** The names of the labels, by index. */
    List<String> labelNames() {
        return network.outputNames();
    }

    /**
     * The probability of each label for a text, by label index; they add up to 1 (to float
     * rounding). A text without known words gets the network's answer for an empty row.
     */
    double[] probabilities(String text) {
        return network.outputs(Tokenizer.tokens(text));
    }

    /** The share of these words the model does not read; 0 for none. */
    double unknownShare(List<String> words) {
        return network.vocabulary().unknownShare(words);
    }

    /** The index of the most probable label for a text (the lowest index on a tie). */
    int predict(String text) {
        double[] probabilities = probabilities(text);
        int best = 0;
        for (int label = 1; label < probabilities.length; label++) {
            if (probabilities[label] > probabilities[best]) {
                best = label;
            }
        }
        return best;
    }

    /**
     * Writes the classifier to a directory, created if missing: {@code model.zip} (the network,
     * without updater state), {@code vocabulary.json} ({@code {"words": [...], "idf": [...]}}) and
     * {@code labels.json} (the label names). Existing files of those names are replaced.
     *
     * @throws IOException if a file cannot be written
     */
    void save(Path directory) throws IOException {
        network.save(directory, LABELS_FILE);
    }

    /**
     * Reads a classifier that {@link #save(Path)} wrote.
     *
     * @throws IOException if a file is missing, unreadable or malformed, or the files do not fit
     *                     together; the message names the file
     */
    static TextClassifier load(Path directory) throws IOException {
        return new TextClassifier(TextNetwork.load(directory, LABELS_FILE, OUTPUT_NOUN));
    }
}
