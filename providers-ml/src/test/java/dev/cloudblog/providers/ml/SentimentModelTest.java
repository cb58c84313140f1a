package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cloudblog.core.analysis.sentiment.VaderSentiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

@DisplayName("The sentiment model")
class SentimentModelTest {

    private static final int FOLDS = 5;
    private static final long FOLD_SEED = 7;
    private static final String HEADER = "source\tlabel\ttext\n";

    private static int ompThreads;
    private static List<LabelledText> sentences;
    private static CrossValidation.Result model;

    /**
     * Runs native operations on one thread: the network is so small that OpenMP's hand-offs cost
     * more than they save, several times over on a busy machine. Results do not depend on it.
     */
    @BeforeAll
    static void crossValidate() {
        ompThreads = nativeOps().ompGetMaxThreads();
        nativeOps().setOmpNumThreads(1);
        sentences = SentimentData.sentences();
        model = CrossValidation.evaluate(sentences, FOLDS, FOLD_SEED,
                train -> TextClassifier.train(train, SentimentData.LABELS, Hyperparameters.DEFAULTS)::predict);
        System.out.printf("model, %d-fold cross-validation: accuracy %.4f ± %.4f, macro-F1 %.4f, folds %s%n",
                FOLDS, model.meanAccuracy(), model.standardDeviation(), model.macroF1(), model.foldAccuracies());
    }

    @AfterAll
    static void restoreThreads() {
        nativeOps().setOmpNumThreads(ompThreads);
    }

    private static NativeOps nativeOps() {
        Nd4j.getBackend(); // loads the native library before the holder looks it up
        return NativeOpsHolder.getInstance().getDeviceNativeOps();
    }

    @Test
    @DisplayName("reads 2,400 sentences, half of them positive")
    void readsTheData() {
        assertThat(sentences).hasSize(2400);
        assertThat(sentences).filteredOn(text -> text.label() == SentimentData.POSITIVE).hasSize(1200);
        assertThat(sentences.get(0)).isEqualTo(new LabelledText("Good case, Excellent value.", SentimentData.POSITIVE));
    }

    @Test
    @DisplayName("with the default hyperparameters is right on at least 79 % of held-out sentences")
    void crossValidatedAccuracy() {
        assertThat(model.foldAccuracies()).hasSize(FOLDS);
        assertThat(model.meanAccuracy()).isGreaterThanOrEqualTo(0.79);
        assertThat(model.macroF1()).isGreaterThanOrEqualTo(0.79);
        assertThat(model.foldAccuracies()).allSatisfy(accuracy -> assertThat(accuracy).isGreaterThanOrEqualTo(0.76));
    }

    @Test
    @DisplayName("beats VADER on the same folds")
    void beatsVader() {
        VaderSentiment vader = VaderSentiment.english();
        CrossValidation.Result lexicon = CrossValidation.evaluate(sentences, FOLDS, FOLD_SEED,
                train -> text -> vader.polarity(text).compound() >= 0 ? SentimentData.POSITIVE : SentimentData.NEGATIVE);
        System.out.printf("VADER on the same folds: accuracy %.4f ± %.4f, macro-F1 %.4f, folds %s%n",
                lexicon.meanAccuracy(), lexicon.standardDeviation(), lexicon.macroF1(), lexicon.foldAccuracies());

        assertThat(model.meanAccuracy()).isGreaterThan(lexicon.meanAccuracy() + 0.02);
        assertThat(model.macroF1()).isGreaterThan(lexicon.macroF1());
    }

    @Test
    @DisplayName("gives the same probabilities after a save and a load")
    void saveAndLoad(@TempDir Path directory) throws IOException {
        TextClassifier trained = TextClassifier.train(sentences, SentimentData.LABELS, Hyperparameters.DEFAULTS);

        trained.save(directory);
        TextClassifier loaded = TextClassifier.load(directory);

        assertThat(directory.resolve("model.zip")).isRegularFile();
        assertThat(directory.resolve("vocabulary.json")).isRegularFile();
        assertThat(loaded.labelNames()).isEqualTo(SentimentData.LABELS);
        List<String> texts = new ArrayList<>(List.of("", "Zyxxy qwerty.", "The food was great!", "Never again."));
        IntStream.range(0, sentences.size()).filter(i -> i % 40 == 0).forEach(i -> texts.add(sentences.get(i).text()));
        for (String text : texts) {
            assertThat(loaded.probabilities(text)).as(text).containsExactly(trained.probabilities(text));
            assertThat(loaded.probabilities(text)).as(text).hasSize(2).satisfies(
                    probabilities -> assertThat(probabilities[0] + probabilities[1]).isCloseTo(1, within(1e-5)));
        }
        assertThat(trained.predict("The food was great, and the staff were lovely.")).isEqualTo(SentimentData.POSITIVE);
        assertThat(trained.predict("Terrible service, cold food, a waste of money.")).isEqualTo(SentimentData.NEGATIVE);
    }

    @Test
    @DisplayName("refuses to load missing, malformed or mismatched files, naming the file")
    void refusesBadModelFiles(@TempDir Path directory) throws IOException {
        TextClassifier.train(sentences.subList(0, 400), SentimentData.LABELS, Hyperparameters.DEFAULTS).save(directory);
        Files.writeString(directory.resolve("labels.json"), "[\"negative\", \"neutral\", \"positive\"]");

        assertThatThrownBy(() -> TextClassifier.load(directory)).isInstanceOf(IOException.class)
                .hasMessageContaining("model.zip").hasMessageContaining("3 labels");
        Files.writeString(directory.resolve("labels.json"), "[\"positive\"]");
        assertThatThrownBy(() -> TextClassifier.load(directory)).isInstanceOf(IOException.class)
                .hasMessageContaining("labels.json").hasMessageContaining("2 or more label names");
        Files.delete(directory.resolve("vocabulary.json"));
        assertThatThrownBy(() -> TextClassifier.load(directory)).isInstanceOf(IOException.class)
                .hasMessageContaining("vocabulary.json");
    }

    @Test
    @DisplayName("trained twice with the same seed predicts the same, and a new seed changes the weights")
    void deterministic() {
        List<LabelledText> train = sentences.subList(0, 800);
        List<LabelledText> test = sentences.subList(800, 1200);
        Hyperparameters hp = Hyperparameters.DEFAULTS;

        TextClassifier first = TextClassifier.train(train, SentimentData.LABELS, hp);
        TextClassifier second = TextClassifier.train(train, SentimentData.LABELS, hp);
        TextClassifier reseeded = TextClassifier.train(train, SentimentData.LABELS,
                new Hyperparameters(hp.learningRate(), hp.hiddenSize(), hp.epochs(), hp.vocabularySize(),
                        hp.minDocuments(), hp.seed() + 1));

        for (LabelledText text : test) {
            assertThat(second.probabilities(text.text())).containsExactly(first.probabilities(text.text()));
        }
        assertThat(test).extracting(text -> second.predict(text.text()))
                .isEqualTo(test.stream().map(text -> first.predict(text.text())).toList());
        assertThat(reseeded.probabilities(test.get(0).text())).isNotEqualTo(first.probabilities(test.get(0).text()));
    }

    @Test
    @DisplayName("cross-validation folds are stratified, reproducible and partition the items")
    void stratifiedFolds() {
        List<Integer> items = IntStream.range(0, 103).boxed().toList();
        List<CrossValidation.Fold<Integer>> folds = CrossValidation.folds(items, SentimentModelTest::labelOf, 5, 3);

        assertThat(folds).hasSize(5);
        List<Integer> tested = new ArrayList<>();
        for (CrossValidation.Fold<Integer> fold : folds) {
            assertThat(fold.train()).doesNotContainAnyElementsOf(fold.test());
            List<Integer> all = new ArrayList<>(fold.train());
            all.addAll(fold.test());
            assertThat(all).containsExactlyInAnyOrderElementsOf(items);
            tested.addAll(fold.test());
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(items);
        assertThat(folds).extracting(fold -> fold.test().size()).allSatisfy(size -> assertThat(size).isBetween(20, 21));
        for (int label = 0; label < 3; label++) {
            int fixed = label;
            long total = items.stream().filter(item -> labelOf(item) == fixed).count();
            assertThat(folds).extracting(fold -> fold.test().stream().filter(item -> labelOf(item) == fixed).count())
                    .as("label %d", label)
                    .allSatisfy(count -> assertThat(count).isBetween(total / 5, (total + 4) / 5));
        }
        assertThat(CrossValidation.folds(items, SentimentModelTest::labelOf, 5, 3)).isEqualTo(folds);
        assertThat(CrossValidation.folds(items, SentimentModelTest::labelOf, 5, 4)).isNotEqualTo(folds);
        assertThatThrownBy(() -> CrossValidation.folds(items, SentimentModelTest::labelOf, 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be from 2");
    }

    /** Labels 0, 1 and 2 in shares of about 60, 30 and 10 %. */
    private static int labelOf(int item) {
        return item % 10 < 6 ? 0 : item % 10 < 9 ? 1 : 2;
    }

    @Test
    @DisplayName("classification metrics follow from the confusion matrix")
    void metrics() {
        ClassificationMetrics metrics = new ClassificationMetrics(new int[][] {{8, 2, 0}, {1, 3, 0}, {1, 0, 0}});

        assertThat(metrics.total()).isEqualTo(15);
        assertThat(metrics.accuracy()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(metrics.precision(0)).isCloseTo(0.8, within(1e-12));
        assertThat(metrics.recall(1)).isCloseTo(0.75, within(1e-12));
        assertThat(metrics.f1(1)).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        assertThat(metrics.f1(2)).isZero();
        assertThat(metrics.macroF1()).isCloseTo((2 * 0.8 * 0.8 / 1.6 + 2 * 0.6 * 0.75 / 1.35) / 3, within(1e-12));
        assertThatThrownBy(() -> new ClassificationMetrics(new int[][] {{1, 0}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }

    @Test
    @DisplayName("hyperparameter search reports every trial and returns the best")
    void hyperparameterSearch() {
        List<LabelledText> subset = IntStream.range(0, sentences.size()).filter(i -> i % 4 == 0)
                .mapToObj(sentences::get).toList();
        HyperparameterSearch.Space space = new HyperparameterSearch.Space(List.of(0.005, 0.02), List.of(8, 16),
                List.of(1, 2), List.of(300, 1000));
        Hyperparameters base = new Hyperparameters(0.01, 32, 3, 2000, 2, 11);
        List<HyperparameterSearch.Progress> progress = new ArrayList<>();

        HyperparameterSearch.Result result = new HyperparameterSearch(space, 3, 3, 5)
                .run(subset, SentimentData.LABELS, base, progress::add);

        assertThat(subset).hasSize(600);
        assertThat(result.trials()).hasSize(3);
        assertThat(result.trials()).extracting(HyperparameterSearch.Trial::hp).doesNotHaveDuplicates()
                .allSatisfy(hp -> {
                    assertThat(space.learningRates()).contains(hp.learningRate());
                    assertThat(space.hiddenSizes()).contains(hp.hiddenSize());
                    assertThat(space.epochs()).contains(hp.epochs());
                    assertThat(space.vocabularySizes()).contains(hp.vocabularySize());
                    assertThat(hp.minDocuments()).isEqualTo(2);
                    assertThat(hp.seed()).isEqualTo(11);
                });
        assertThat(result.trials()).extracting(trial -> trial.cv().foldAccuracies().size()).containsOnly(3);
        assertThat(progress).extracting(HyperparameterSearch.Progress::trialsDone).containsExactly(1, 2, 3);
        assertThat(progress).extracting(HyperparameterSearch.Progress::trialsTotal).containsOnly(3);
        assertThat(progress).extracting(HyperparameterSearch.Progress::latest).isEqualTo(result.trials());
        double best = 0;
        for (HyperparameterSearch.Progress step : progress) {
            best = Math.max(best, step.latest().cv().meanAccuracy());
            assertThat(step.bestAccuracy()).isEqualTo(best);
        }
        assertThat(result.best()).isEqualTo(result.trials().stream()
                .max(Comparator.comparingDouble(trial -> trial.cv().meanAccuracy())).orElseThrow());
        assertThat(result.best().cv().meanAccuracy()).isGreaterThan(0.6);
    }

    @Test
    @DisplayName("names the line of malformed training data")
    void malformedData() {
        assertMalformed("amazon\t1\tGood.\namazon\t1\n", "line 3: expected 3 tab-separated fields");
        assertMalformed("amazon\t1\tGood.\nyelp\tpositive\tGreat.\n",
                "line 3: label must be 0 (negative) or 1 (positive) but is 'positive'");
        assertMalformed("amazon\t0\t \n", "line 2: the text is empty");
        assertMalformed("amazon\t1\tGood.\n\nimdb\t0\tBad.\n", "line 3: expected 3 tab-separated fields");
    }

    private static void assertMalformed(String body, String message) {
        assertThatThrownBy(() -> SentimentData.parse(HEADER + body, "x.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x.tsv " + message);
    }

    @Test
    @DisplayName("names the header of training data that lacks it")
    void missingHeader() {
        assertThatThrownBy(() -> SentimentData.parse("amazon\t1\tGood.\n", "x.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x.tsv line 1: expected the header");
        assertThat(SentimentData.parse(HEADER + "amazon\t1\tGood.", "x.tsv"))
                .containsExactly(new LabelledText("Good.", SentimentData.POSITIVE));
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("hyperparameters refuse nonsense, naming the field")
    @CsvSource({
            "learningRate,   0,   32, 3, 2000, 2",
            "learningRate, NaN,   32, 3, 2000, 2",
            "learningRate,   2,   32, 3, 2000, 2",
            "hiddenSize,  0.01,    0, 3, 2000, 2",
            "epochs,      0.01,   32, 0, 2000, 2",
            "vocabularySize, 0.01, 32, 3, -5, 2",
            "minDocuments, 0.01,  32, 3, 2000, 0"})
    void invalidHyperparameters(String field, double learningRate, int hiddenSize, int epochs, int vocabularySize,
            int minDocuments) {
        assertThatThrownBy(() -> new Hyperparameters(learningRate, hiddenSize, epochs, vocabularySize, minDocuments, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + " must be");
    }

    @Test
    @DisplayName("hyperparameters list their values by name")
    void hyperparametersAsMap() {
        Map<String, String> values = new Hyperparameters(0.5, 7, 2, 100, 3, -9).asMap();

        assertThat(values).containsExactly(Map.entry("learningRate", "0.5"), Map.entry("hiddenSize", "7"),
                Map.entry("epochs", "2"), Map.entry("vocabularySize", "100"), Map.entry("minDocuments", "3"),
                Map.entry("seed", "-9"));
    }
}
