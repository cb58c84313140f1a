package dev.cloudblog.providers.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A network that reads texts, as {@link TextClassifier} and {@link TagModel} use it: a text's
 * words become a row of TF-IDF weights over a {@link Vocabulary}, which a network with one hidden
 * layer maps to one value per named output. It trains on shuffled mini-batches and is kept on
 * disk as {@code model.zip} (the network, without updater state), {@code vocabulary.json}
 * ({@code {"words": [...], "idf": [...]}}) and a JSON list of the output names.
 *
 * <p>Immutable once trained or loaded, and safe for concurrent use: outputs are computed one at a
 * time.
 */
final class TextNetwork {

    private static final String MODEL_FILE = "model.zip";
    private static final String VOCABULARY_FILE = "vocabulary.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vocabulary vocabulary;
    private final MultiLayerNetwork network;
    private final List<String> outputNames;

    private TextNetwork(Vocabulary vocabulary, MultiLayerNetwork network, List<String> outputNames) {
        this.vocabulary = vocabulary;
        this.network = network;
        this.outputNames = outputNames;
    }

    /**
     * Trains a network of the given configuration with mini-batches of {@code batchSize} texts, in
     * an order shuffled anew each epoch. Equal arguments give an equal network.
     *
     * @param vocabulary    the words the network reads; as many as the configuration's inputs
     * @param outputNames   the names of the outputs, by index; as many as the configuration's outputs
     * @param configuration the layers, the updater and the seed of the weights
     * @param epochs        the passes over the texts, 1 or more
     * @param batchSize     the texts per mini-batch, 1 or more
     * @param seed          the seed of the weights and of the order of the texts
     * @param documents     the words of each training text
     * @param targets       the wanted outputs of each training text, by text and then by output
     * @throws IllegalArgumentException if there are no texts, or not one row of targets per text,
     *                                  each with one value per output name
     */
    static TextNetwork train(Vocabulary vocabulary, List<String> outputNames, MultiLayerConfiguration configuration,
            int epochs, int batchSize, long seed, List<List<String>> documents, float[][] targets) {
        List<String> names = List.copyOf(outputNames);
        if (documents.isEmpty() || targets.length != documents.size()) {
            throw new IllegalArgumentException("training needs one row of targets per text, 1 text or more, but got "
                    + documents.size() + " texts and " + targets.length + " rows");
        }
        for (int row = 0; row < targets.length; row++) {
            if (targets[row].length != names.size()) {
                throw new IllegalArgumentException("target row " + row + " has " + targets[row].length
                        + " values but there are " + names.size() + " outputs");
            }
        }
        Nd4j.getRandom().setSeed(seed);
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        int[] order = new int[documents.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        // Rows are made per mini-batch: taking rows out of one large matrix is slow in ND4J, and
        // the whole matrix would take the texts times the vocabulary in memory.
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int start = 0; start < order.length; start += batchSize) {
                int end = Math.min(order.length, start + batchSize);
                List<List<String>> batchDocuments = new ArrayList<>(end - start);
                float[][] batchTargets = new float[end - start][];
                for (int i = start; i < end; i++) {
                    batchDocuments.add(documents.get(order[i]));
                    batchTargets[i - start] = targets[order[i]];
                }
                network.fit(new DataSet(vocabulary.features(batchDocuments), Nd4j.create(batchTargets)));
            }
        }
        return new TextNetwork(vocabulary, network, names);
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /**
     * Checks the names of a network's outputs: 2 or more, distinct and not blank.
     *
     * @param noun what an output is, for the message: "label" or "tag"
     * @return an unmodifiable copy of the names
     * @throws IllegalArgumentException if there are fewer than 2 names, or one is blank or repeated
     * @throws NullPointerException     if a name is {@code null}
     */
    static List<String> checkedNames(List<String> names, String noun) {
        List<String> copy = List.copyOf(names);
        if (copy.size() < 2) {
            throw new IllegalArgumentException("a network needs 2 or more " + noun + " names but got " + copy);
        }
        if (copy.stream().anyMatch(String::isBlank) || new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(noun + " names must be distinct and not blank but are " + copy);
        }
        return copy;
    }

    /** The words the network reads. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The names of the outputs, by index. */
    List<String> outputNames() {
        return outputNames;
    }

    /**
     * The network's output for a text's words, by output index. Words without a column count for
     * nothing; a text without known words gets the network's answer for an empty row.
     */
    double[] outputs(List<String> words) {
        INDArray row = vocabulary.features(List.of(words));
        synchronized (network) {
            return network.output(row, false).toDoubleVector();
        }
    }

    /**
     * Writes the network to a directory, created if missing: {@code model.zip},
     * {@code vocabulary.json} and the output names as {@code namesFile}. Existing files of those
     * names are replaced.
     *
     * @throws IOException if a file cannot be written
     */
    void save(Path directory, String namesFile) throws IOException {
        Files.createDirectories(directory);
        synchronized (network) {
            ModelSerializer.writeModel(network, directory.resolve(MODEL_FILE).toFile(), false);
        }
        JSON.writeValue(directory.resolve(VOCABULARY_FILE).toFile(),
                new VocabularyFile(vocabulary.words(), vocabulary.idf()));
        JSON.writeValue(directory.resolve(namesFile).toFile(), outputNames);
    }

    /**
     * Reads a network that {@link #save} wrote to {@code directory} with the same {@code namesFile}.
     *
     * @param noun what an output is, for messages: "label" or "tag"
     * @throws NoSuchFileException if one of the files is missing; the message names it
     * @throws IOException         if a file is unreadable or malformed (the names are checked as
     *                             {@link #checkedNames} does), or the network has not 2 layers
     *                             reading the vocabulary's words and writing one output per name;
     *                             the message names the file
     */
    static TextNetwork load(Path directory, String namesFile, String noun) throws IOException {
        Path modelFile = existing(directory.resolve(MODEL_FILE));
        Path vocabularyFile = existing(directory.resolve(VOCABULARY_FILE));
        Path outputsFile = existing(directory.resolve(namesFile));
        VocabularyFile words = read(vocabularyFile, VocabularyFile.class);
        String[] outputs = read(outputsFile, String[].class);
        Vocabulary vocabulary;
        try {
            vocabulary = new Vocabulary(words.words(), words.idf());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed(vocabularyFile, e);
        }
        List<String> names;
        try {
            names = checkedNames(List.of(outputs), noun);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed(outputsFile, e);
        }
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(modelFile.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read " + modelFile + ": " + e.getMessage(), e);
        }
        if (network.getnLayers() != 2 || network.layerInputSize(0) != vocabulary.size()
                || network.layerSize(1) != names.size()) {
            throw new IOException(modelFile + " does not fit " + VOCABULARY_FILE + " (" + vocabulary.size()
                    + " words) and " + namesFile + " (" + names.size() + " " + noun + "s)");
        }
        return new TextNetwork(vocabulary, network, names);
    }

    private static Path existing(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "a saved model needs this file");
        }
        return file;
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        T value;
        try {
            value = JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (value == null) {
            throw new IOException("malformed " + file + ": it holds null");
        }
        return value;
    }

    private static IOException malformed(Path file, RuntimeException cause) {
        return new IOException("malformed " + file + ": " + cause.getMessage(), cause);
    }

    /** The JSON form of a {@link Vocabulary}. */
    private record VocabularyFile(List<String> words, double[] idf) {
    }
}
