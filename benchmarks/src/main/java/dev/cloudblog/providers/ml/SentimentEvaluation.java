package dev.cloudblog.providers.ml;

import dev.cloudblog.core.analysis.sentiment.VaderSentiment;
import java.util.Arrays;
import java.util.List;

/**
 * The sentiment model against the VADER lexicon on the same 5 stratified folds of the bundled
 * sentences (UCI Sentiment Labelled Sentences): mean accuracy, its standard deviation and
 * macro-F1 for each, then the time to train one model on all sentences and the p50 and p95 of one
 * prediction. VADER says positive when its compound score is 0 or more. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar dev.cloudblog.providers.ml.SentimentEvaluation}.
 */
public final class SentimentEvaluation {

    private static final int FOLDS = 5;
    private static final long FOLD_SEED = 7;

    private SentimentEvaluation() {
    }

    public static void main(String[] args) {
        List<LabelledText> data = SentimentData.sentences();
        CrossValidation.Result model = CrossValidation.evaluate(data, FOLDS, FOLD_SEED,
                train -> TextClassifier.train(train, SentimentData.LABELS, Hyperparameters.DEFAULTS)::predict);
        VaderSentiment vader = VaderSentiment.english();
        CrossValidation.Result lexicon = CrossValidation.evaluate(data, FOLDS, FOLD_SEED,
                train -> text -> vader.polarity(text).compound() >= 0 ? SentimentData.POSITIVE : SentimentData.NEGATIVE);
        System.out.printf("%d-fold cross-validation on %d sentences%n", FOLDS, data.size());
        print("model", model);
        print("VADER", lexicon);

        long started = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(data, SentimentData.LABELS, Hyperparameters.DEFAULTS);
        System.out.printf("training on all sentences: %.1f s%n", (System.nanoTime() - started) / 1e9);
        long[] nanos = new long[data.size()];
        for (int i = 0; i < data.size(); i++) {
            long before = System.nanoTime();
            classifier.predict(data.get(i).text());
            nanos[i] = System.nanoTime() - before;
        }
        Arrays.sort(nanos);
        System.out.printf("prediction: p50 %.3f ms, p95 %.3f ms%n", nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95)] / 1e6);
    }

    private static void print(String name, CrossValidation.Result result) {
        System.out.printf("%-6s accuracy %.4f ± %.4f, macro-F1 %.4f, folds %s%n", name, result.meanAccuracy(),
                result.standardDeviation(), result.macroF1(), result.foldAccuracies());
    }
}
