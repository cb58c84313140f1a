package dev.cloudblog.providers.ml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Random search for the {@link Hyperparameters} of a {@link TextClassifier}: draws distinct
 * combinations of the candidate values with a fixed seed, all before the first trial, and
 * cross-validates each on the same stratified folds. Asking for as many trials as there are
 * combinations searches the whole grid. Immutable; {@link #run} works on the calling thread, one
 * trial after another.
 */
final class HyperparameterSearch {

    private final Space space;
    private final int trials;
    private final int folds;
    private final long seed;

    /**
     * The candidate values of the searched hyperparameters; each list is non-empty and every value
     * valid for {@link Hyperparameters}. Repeated values count once.
     *
     * @param learningRates   the candidate learning rates
     * @param hiddenSizes     the candidate hidden layer sizes
     * @param epochs          the candidate numbers of epochs
     * @param vocabularySizes the candidate vocabulary sizes
     */
    record Space(List<Double> learningRates, List<Integer> hiddenSizes, List<Integer> epochs,
            List<Integer> vocabularySizes) {

        /** @throws IllegalArgumentException naming the list, if one is empty */
        Space {
            learningRates = nonEmpty("learningRates", learningRates);
            hiddenSizes = nonEmpty("hiddenSizes", hiddenSizes);
            epochs = nonEmpty("epochs", epochs);
            vocabularySizes = nonEmpty("vocabularySizes", vocabularySizes);
        }

        private static <T> List<T> nonEmpty(String name, List<T> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException(name + " must hold at least one candidate value");
            }
            return List.copyOf(new LinkedHashSet<>(values));
        }

        /** The number of combinations. */
        long combinations() {
            return (long) learningRates.size() * hiddenSizes.size() * epochs.size() * vocabularySizes.size();
        }

        /** The combination numbered {@code index}, taking the other fields from {@code base}. */
        private Hyperparameters combination(long index, Hyperparameters base) {
            long rest = index;
            int vocabularySize = vocabularySizes.get((int) (rest % vocabularySizes.size()));
            rest /= vocabularySizes.size();
            int epochCount = epochs.get((int) (rest % epochs.size()));
            rest /= epochs.size();
            int hiddenSize = hiddenSizes.get((int) (rest % hiddenSizes.size()));
            rest /= hiddenSizes.size();
            double learningRate = learningRates.get((int) rest);
            return new Hyperparameters(learningRate, hiddenSize, epochCount, vocabularySize, base.minDocuments(),
                    base.seed());
        }
    }

    /**
     * One tried combination.
     *
     * @param hp the hyperparameters
     * @param cv how models trained with them did
     */
    record Trial(Hyperparameters hp, CrossValidation.Result cv) {
    }

    /**
     * Where a search stands after a trial.
     *
     * @param trialsDone   the number of trials finished, this one included
     * @param trialsTotal  the number of trials the search runs
     * @param bestAccuracy the best mean accuracy so far
     * @param latest       the trial just finished
     */
    record Progress(int trialsDone, int trialsTotal, double bestAccuracy, Trial latest) {
    }

    /**
     * The outcome of a search.
     *
     * @param trials every trial, in the order run
     * @param best   the trial with the highest mean accuracy (the earliest on a tie)
     */
    record Result(List<Trial> trials, Trial best) {

        Result {
            trials = List.copyOf(trials);
        }
    }

    /**
     * @param space  the candidate values
     * @param trials the number of combinations to try, 1 or more; at most the number of
     *               combinations, which searches them all
     * @param folds  the number of cross-validation folds, 2 or more
     * @param seed   the seed of the draw and of the folds
     * @throws IllegalArgumentException if {@code trials} or {@code folds} is out of range
     */
    HyperparameterSearch(Space space, int trials, int folds, long seed) {
        this.space = Objects.requireNonNull(space, "space");
        if (trials < 1 || trials > space.combinations()) {
            throw new IllegalArgumentException("trials must be from 1 to the number of combinations ("
                    + space.combinations() + ") but is " + trials);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be 2 or more but is " + folds);
        }
        this.trials = trials;
        this.folds = folds;
        this.seed = seed;
    }

    /**
     * Runs the search: each drawn combination, with {@code minDocuments} and the training seed of
     * {@code base}, is cross-validated on {@code data}; {@code progress} hears after every trial.
     *
     * @param data       the labelled texts
     * @param labelNames the names of the labels, by index
     * @param base       supplies the hyperparameters that are not searched
     * @param progress   told after each trial, on the calling thread
     * @throws IllegalArgumentException if a drawn combination is invalid, the folds do not fit the
     *                                  data, or training refuses the data
     */
    Result run(List<LabelledText> data, List<String> labelNames, Hyperparameters base,
            Consumer<? super Progress> progress) {
        List<Trial> done = new ArrayList<>(trials);
        Trial best = null;
        for (Hyperparameters hp : draw(base)) {
            CrossValidation.Result cv = CrossValidation.evaluate(data, folds, seed,
                    train -> TextClassifier.train(train, labelNames, hp)::predict);
            Trial trial = new Trial(hp, cv);
            done.add(trial);
            if (best == null || cv.meanAccuracy() > best.cv().meanAccuracy()) {
                best = trial;
            }
            progress.accept(new Progress(done.size(), trials, best.cv().meanAccuracy(), trial));
        }
        return new Result(done, best);
    }

    private List<Hyperparameters> draw(Hyperparameters base) {
        Set<Long> indices = new LinkedHashSet<>();
        Random random = new Random(seed);
        while (indices.size() < trials) {
            indices.add(random.nextLong(space.combinations()));
        }
        return indices.stream().map(index -> space.combination(index, base)).toList();
    }
}
