package dev.cloudblog.providers.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Stratified k-fold cross-validation: each item is tested once, by a model trained on the other
 * folds, and every fold holds about the same share of each label. Reproducible for a given seed.
 * Stateless.
 */
final class CrossValidation {

    private CrossValidation() {
    }

    /** A trained model as cross-validation sees it: text in, label index out. */
    @FunctionalInterface
    interface Predictor {

        /** The index of the label predicted for {@code text}. */
        int predict(String text);
    }

    /**
     * One round of cross-validation.
     *
     * @param train the items to train on, in their original order
     * @param test  the items to test on, in their original order
     */
    record Fold<T>(List<T> train, List<T> test) {

        Fold {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    /**
     * How well a trainer's models did.
     *
     * @param foldAccuracies    the accuracy on each fold's test items, by fold
     * @param meanAccuracy      the mean of {@code foldAccuracies}
     * @param standardDeviation the sample standard deviation of {@code foldAccuracies}
     * @param macroF1           the macro-averaged F1 of all folds' predictions pooled
     */
    record Result(List<Double> foldAccuracies, double meanAccuracy, double standardDeviation, double macroF1) {

        /** @throws IllegalArgumentException if there are fewer than 2 fold accuracies */
        Result {
            foldAccuracies = List.copyOf(foldAccuracies);
            if (foldAccuracies.size() < 2) {
                throw new IllegalArgumentException("cross-validation needs 2 or more folds but has "
                        + foldAccuracies.size());
            }
        }

        /** The result for fold accuracies and the pooled predictions of all folds. */
        private static Result of(List<Double> foldAccuracies, ClassificationMetrics pooled) {
            double mean = foldAccuracies.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double squares = foldAccuracies.stream().mapToDouble(accuracy -> (accuracy - mean) * (accuracy - mean))
                    .sum();
            return new Result(foldAccuracies, mean, Math.sqrt(squares / (foldAccuracies.size() - 1)),
                    pooled.macroF1());
        }
    }

    /**
     * Splits items into {@code k} stratified folds: the items of each label (in ascending label
     * order) are shuffled with {@code new Random(seed)} and dealt round-robin, so fold sizes, and
     * each label's count per fold, differ by at most one. Every item is in exactly one fold's test
     * items and every other fold's training items.
     *
     * @param items the items
     * @param label the label of an item
     * @param k     the number of folds, from 2 to the number of items
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    static <T> List<Fold<T>> folds(List<T> items, ToIntFunction<T> label, int k, long seed) {
        if (k < 2 || k > items.size()) {
            throw new IllegalArgumentException("k must be from 2 to the number of items (" + items.size()
                    + ") but is " + k);
        }
        Map<Integer, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            byLabel.computeIfAbsent(label.applyAsInt(items.get(i)), key -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] foldOf = new int[items.size()];
        int dealt = 0;
        for (List<Integer> indices : byLabel.values()) {
            Collections.shuffle(indices, random);
            for (int index : indices) {
                foldOf[index] = dealt++ % k;
            }
        }
        List<Fold<T>> folds = new ArrayList<>(k);
        for (int fold = 0; fold < k; fold++) {
            List<T> train = new ArrayList<>();
            List<T> test = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                (foldOf[i] == fold ? test : train).add(items.get(i));
            }
            folds.add(new Fold<>(train, test));
        }
        return List.copyOf(folds);
    }

    /**
     * Cross-validates a trainer on the {@link #folds stratified folds} of {@code data}: for each
     * fold, trains on the training items and predicts every test item. Runs the folds one after
     * another on the calling thread.
     *
     * @param data    the labelled texts; the labels run from 0 to the highest label
     * @param k       the number of folds, from 2 to the number of texts
     * @param seed    the seed of the folds
     * @param trainer trains a model on a fold's training items
     * @throws IllegalArgumentException if {@code k} is out of range
     * @throws IllegalStateException    if a model predicts a label outside the data's labels
     */
    static Result evaluate(List<LabelledText> data, int k, long seed,
            Function<List<LabelledText>, Predictor> trainer) {
        List<Fold<LabelledText>> folds = folds(data, LabelledText::label, k, seed);
        int labels = data.stream().mapToInt(LabelledText::label).max().orElseThrow() + 1;
        int[][] pooled = new int[labels][labels];
        List<Double> accuracies = new ArrayList<>(k);
        for (Fold<LabelledText> fold : folds) {
            Predictor predictor = trainer.apply(fold.train());
            int[][] confusion = new int[labels][labels];
            for (LabelledText text : fold.test()) {
                int predicted = predictor.predict(text.text());
                if (predicted < 0 || predicted >= labels) {
                    throw new IllegalStateException("a model predicted label " + predicted
                            + " but the data's labels run from 0 to " + (labels - 1));
                }
                confusion[text.label()][predicted]++;
                pooled[text.label()][predicted]++;
            }
            accuracies.add(new ClassificationMetrics(confusion).accuracy());
        }
        return Result.of(accuracies, new ClassificationMetrics(pooled));
    }
}
