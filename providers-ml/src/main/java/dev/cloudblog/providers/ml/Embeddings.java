package dev.cloudblog.providers.ml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.Map;
import org.deeplearning4j.models.embeddings.loader.WordVectorSerializer;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.models.word2vec.wordstore.VocabCache;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;

/**
 * Word vectors learned from the posts (word2vec, skip-gram), and post vectors made from them: the
 * average of the vectors of a text's words, L2-normalized, so that posts about the same things
 * point the same way and {@link #related} can rank them by cosine similarity.
 *
 * <p>The average is weighted by smooth inverse frequency: a word that makes up the share {@code p}
 * of the corpus weighs {@code a / (a + p)} with {@code a = 0.001} (Arora, Liang and Ma, "A Simple
 * but Tough-to-Beat Baseline for Sentence Embeddings", ICLR 2017). Words such as "the" and "with",
 * which occur in every post whatever its topic, would otherwise swamp the words that tell posts
 * apart.
 *
 * <p>Thread-safe: immutable once learned or loaded.
 */
final class Embeddings {

    private static final String MODEL_FILE = "word2vec.zip";
    private static final int WINDOW = 5;
    private static final double SMOOTHING = 1e-3;

    private final Word2Vec word2vec;
    /** The vector of each word, times its weight. */
    private final Map<String, double[]> words;
    private final int size;

    private Embeddings(Word2Vec word2vec) {
        this.word2vec = word2vec;
        this.size = word2vec.getLayerSize();
        this.words = new HashMap<>();
        VocabCache<VocabWord> vocabulary = word2vec.getVocab();
        double total = vocabulary.totalWordOccurrences();
        for (String word : vocabulary.words()) {
            double weight = SMOOTHING / (SMOOTHING + vocabulary.wordFrequency(word) / total);
            double[] vector = word2vec.getWordVector(word);
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= weight;
            }
            words.put(word, vector);
        }
    }

    /**
     * Learns word vectors from the texts of {@code corpus}, read in order of post id
     * {@link EmbeddingSettings#repeats(long)} times over in a single pass, tokenized and learned by one
     * thread so that equal posts and settings give equal vectors.
     *
     * @throws IllegalArgumentException if no word occurs {@link EmbeddingSettings#minWordFrequency()}
     *         times in the corpus
     */
    static Embeddings train(Collection<TaggedText> corpus, EmbeddingSettings settings) {
        List<List<String>> documents = corpus.stream().sorted(Comparator.comparing(TaggedText::id))
                .map(post -> Tokenizer.tokens(post.text())).filter(tokens -> !tokens.isEmpty()).toList();
        Map<String, Integer> occurrences = new HashMap<>();
        documents.forEach(tokens -> tokens.forEach(token -> occurrences.merge(token, 1, Integer::sum)));
        if (occurrences.values().stream().noneMatch(count -> count >= settings.minWordFrequency())) {
            throw new IllegalArgumentException("no word occurs " + settings.minWordFrequency() + " or more times in the "
                    + corpus.size() + " posts");
        }
        List<String> once = documents.stream().map(tokens -> String.join(" ", tokens)).toList();
        int repeats = settings.repeats(documents.stream().mapToLong(List::size).sum());
        List<String> sentences = new ArrayList<>(once.size() * repeats);
        for (int i = 0; i < repeats; i++) {
            sentences.addAll(once);
        }
        Word2Vec word2vec = new Word2Vec.Builder()
                .seed(settings.seed())
                .layerSize(settings.vectorSize())
                .windowSize(WINDOW)
                .minWordFrequency(settings.minWordFrequency() * repeats)
                .iterations(1)
                .epochs(1)
                .workers(1)
                .allowParallelTokenization(false)
                .iterate(new CollectionSentenceIterator(sentences))
                .tokenizerFactory(new DefaultTokenizerFactory())
                .build();
        word2vec.fit();
        return new Embeddings(word2vec);
    }

    /**
     * The vector of {@code text}: the L2-normalized weighted average of the vectors of its words,
     * words without a vector ignored; all zeros if none of its words has one.
     */
    double[] vector(String text) {
        double[] sum = new double[size];
        for (String token : Tokenizer.tokens(text)) {
            double[] word = words.get(token);
            if (word != null) {
                for (int i = 0; i < size; i++) {
                    sum[i] += word[i];
                }
            }
        }
        double norm = 0;
        for (double value : sum) {
            norm += value * value;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < size; i++) {
                sum[i] *= scale;
            }
        }
        return sum;
    }

    /**
     * The vectors of the posts of {@code corpus} that have a known word, by id: computed once,
     * then searched by {@link #related(String, String, Map, int)} as often as needed.
     */
    Map<String, double[]> vectors(Collection<TaggedText> corpus) {
        Map<String, double[]> vectors = new LinkedHashMap<>();
        for (TaggedText post : corpus) {
            double[] vector = vector(post.text());
            if (!isZero(vector)) {
                vectors.put(post.id(), vector);
            }
        }
        return Collections.unmodifiableMap(vectors);
    }

    /**
     * The posts of {@code corpus} closest to the post {@code id} with {@code text}, most similar
     * first (ties by id), at most {@code limit}; the post itself and posts without a known word are
     * left out, and a text without a known word has no related posts. Reads every post of the
     * corpus; see {@link #vectors} to read them once.
     *
     * @throws IllegalArgumentException if the limit is below 1
     */
    List<RelatedPost> related(String id, String text, Collection<TaggedText> corpus, int limit) {
        return related(id, text, vectors(corpus), limit);
    }

    /**
     * The posts whose {@link #vectors} are closest to the post {@code id} with {@code text}, as
     * {@link #related(String, String, Collection, int)} finds them.
     *
     * @throws IllegalArgumentException if the limit is below 1
     */
    List<RelatedPost> related(String id, String text, Map<String, double[]> vectors, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        double[] target = vector(text);
        if (isZero(target)) {
            return List.of();
        }
        List<RelatedPost> related = new ArrayList<>();
        vectors.forEach((other, vector) -> {
            if (!other.equals(id)) {
                related.add(new RelatedPost(other, cosine(target, vector)));
            }
        });
        return related.stream()
                .sorted(Comparator.comparingDouble(RelatedPost::similarity).reversed().thenComparing(RelatedPost::id))
                .limit(limit).toList();
    }

    /**
     * Writes the word vectors to {@code directory} (created if missing) as {@code word2vec.zip},
     * replacing any there.
     *
     * @throws IOException if the file cannot be written
     */
    void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        WordVectorSerializer.writeWord2VecModel(word2vec, directory.resolve(MODEL_FILE).toFile());
    }

    /**
     * Reads word vectors {@link #save saved} to {@code directory}.
     *
     * @throws NoSuchFileException if there are none
     * @throws IOException         if they cannot be read
     */
    static Embeddings load(Path directory) throws IOException {
        Path file = directory.resolve(MODEL_FILE);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "saved embeddings need this file");
        }
        try {
            return new Embeddings(WordVectorSerializer.readWord2VecModel(file.toFile()));
        } catch (RuntimeException e) {
            throw new IOException(file + " does not hold word vectors: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Embeddings[" + words.size() + " words, " + size + " dimensions]";
    }

    private static boolean isZero(double[] vector) {
        for (double value : vector) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    /** The cosine of two unit vectors, kept within [-1, 1] against rounding. */
    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return Math.max(-1, Math.min(1, dot));
    }
}
