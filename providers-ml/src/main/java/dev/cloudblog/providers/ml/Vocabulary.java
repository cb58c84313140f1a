package dev.cloudblog.providers.ml;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The words a model reads, each with its column, and their inverse document frequencies: a
 * document becomes a row of L2-normalized TF-IDF weights over these columns; other words are
 * ignored. Immutable.
 */
final class Vocabulary {

    private final List<String> words;
    private final double[] idf;
    private final Map<String, Integer> columns;

    /**
     * @param words the words, by column
     * @param idf   the inverse document frequency of each word, by column
     */
    Vocabulary(List<String> words, double[] idf) {
        this.words = List.copyOf(words);
        this.idf = Objects.requireNonNull(idf, "idf").clone();
        if (idf.length != words.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + idf.length + " weights");
        }
        this.columns = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            columns.put(words.get(i), i);
        }
    }

    /** The words, by column. */
    List<String> words() {
        return words;
    }

    /** The inverse document frequency of each word, by column. */
    double[] idf() {
        return idf.clone();
    }

    /**
     * The {@code size} words found in the most documents (ties by word), among those found in at
     * least {@code minDocuments}.
     */
    static Vocabulary build(Collection<List<String>> documents, int size, int minDocuments) {
        Map<String, Integer> frequency = new HashMap<>();
        for (List<String> document : documents) {
            for (String word : new HashSet<>(document)) {
                frequency.merge(word, 1, Integer::sum);
            }
        }
        List<String> words = frequency.entrySet().stream().filter(entry -> entry.getValue() >= minDocuments)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(Map.Entry::getKey).toList();
        double[] idf = new double[words.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((1.0 + documents.size()) / (1.0 + frequency.get(words.get(i)))) + 1.0;
        }
        return new Vocabulary(words, idf);
    }

    int size() {
        return words.size();
    }

    /** One row per document: L2-normalized TF-IDF weights. */
    INDArray features(List<List<String>> documents) {
        float[][] rows = new float[documents.size()][size()];
        for (int row = 0; row < documents.size(); row++) {
            for (String word : documents.get(row)) {
                Integer column = columns.get(word);
                if (column != null) {
                    rows[row][column] += 1f;
                }
            }
            double norm = 0;
            for (int column = 0; column < size(); column++) {
                rows[row][column] *= (float) idf[column];
                norm += rows[row][column] * rows[row][column];
            }
            if (norm > 0) {
                float scale = (float) (1 / Math.sqrt(norm));
                for (int column = 0; column < size(); column++) {
                    rows[row][column] *= scale;
                }
            }
        }
        return Nd4j.create(rows);
    }

    /** The share of a document's words that are not in the vocabulary; 0 for an empty document. */
    double unknownShare(List<String> document) {
        if (document.isEmpty()) {
            return 0;
        }
        return document.stream().filter(word -> !columns.containsKey(word)).count() / (double) document.size();
    }

    /** Vocabularies are equal when their words and weights are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary that && words.equals(that.words) && Arrays.equals(idf, that.idf);
    }

    @Override
    public int hashCode() {
        return 31 * words.hashCode() + Arrays.hashCode(idf);
    }

    @Override
    public String toString() {
        return "Vocabulary[" + words.size() + " words]";
    }
}
