package dev.cloudblog.providers.ml;

import java.util.Arrays;

/**
 * The population stability index, which measures how far a distribution over bins has moved from
 * the one a model was trained on: {@code Σ (a − e) · ln(a / e)} over the bins, where {@code e} and
 * {@code a} are the expected (training) and actual proportions of a bin. It is 0 for identical
 * distributions and grows with the shift. By the usual reading, below 0.1 the population is
 * stable, from 0.1 to 0.25 it has moved moderately, and above 0.25 significantly enough that the
 * model's predictions should no longer be trusted without retraining. Stateless.
 */
final class PopulationStability {

    /** The proportion an empty bin counts as, so that its logarithm stays finite. */
    static final double EPSILON = 1e-4;

    private PopulationStability() {
    }

    /**
     * The index between two distributions over the same bins, given as counts or proportions:
     * each is divided by its total, and a bin below {@value #EPSILON} counts as that much.
     *
     * @throws IllegalArgumentException when the arrays differ in length or are empty, or when one
     *                                  has a negative or non-finite entry or sums to 0
     */
    static double index(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new IllegalArgumentException(expected.length + " expected bins but " + actual.length
                    + " actual bins");
        }
        double[] e = normalized(expected, "expected");
        double[] a = normalized(actual, "actual");
        double index = 0;
        for (int bin = 0; bin < e.length; bin++) {
            index += (a[bin] - e[bin]) * Math.log(a[bin] / e[bin]);
        }
        return index;
    }

    /**
     * The share of values in each bin between ascending edges: with edges {@code e0 < … < ek-1}
     * the {@code k + 1} bins are {@code (−∞, e0], (e0, e1], …, (ek-1, +∞)}.
     *
     * @throws IllegalArgumentException when there are no values, a value is NaN, or the edges are
     *                                  not finite and strictly ascending
     */
    static double[] proportions(double[] values, double[] edges) {
        requireEdges(edges);
        double[] counts = new double[edges.length + 1];
        for (double value : nonEmpty(values, "no values to bin")) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("cannot bin NaN");
            }
            int found = Arrays.binarySearch(edges, value);
            counts[found >= 0 ? found : -found - 1]++;
        }
        return divided(counts, values.length);
    }

    /**
     * Checks bin edges for {@link #proportions(double[], double[])}.
     *
     * @throws IllegalArgumentException when they are not finite and strictly ascending
     */
    static void requireEdges(double[] edges) {
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i]) || i > 0 && edges[i] <= edges[i - 1]) {
                throw new IllegalArgumentException("bin edges must be finite and strictly ascending: "
                        + Arrays.toString(edges));
            }
        }
    }

    /**
     * The share of each class among labels.
     *
     * @throws IllegalArgumentException when there are no labels, no classes, or a label is outside
     *                                  {@code [0, classes)}
     */
    static double[] proportions(int[] labels, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("there must be at least one class, not " + classes);
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("no labels to count");
        }
        double[] counts = new double[classes];
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " is not one of the " + classes
                        + " classes 0 to " + (classes - 1));
            }
            counts[label]++;
        }
        return divided(counts, labels.length);
    }

    private static double[] normalized(double[] distribution, String name) {
        double total = 0;
        for (double each : nonEmpty(distribution, "the " + name + " distribution has no bins")) {
            if (!(each >= 0) || Double.isInfinite(each)) {
                throw new IllegalArgumentException("the " + name + " distribution has the entry " + each
                        + "; entries must be finite and not negative: " + Arrays.toString(distribution));
            }
            total += each;
        }
        if (total == 0) {
            throw new IllegalArgumentException("the " + name + " distribution is all zeros");
        }
        double[] proportions = divided(distribution, total);
        for (int bin = 0; bin < proportions.length; bin++) {
            proportions[bin] = Math.max(proportions[bin], EPSILON);
        }
        return proportions;
    }

    private static double[] divided(double[] counts, double total) {
        return Arrays.stream(counts).map(count -> count / total).toArray();
    }

    private static double[] nonEmpty(double[] values, String message) {
        if (values.length == 0) {
            throw new IllegalArgumentException(message);
        }
        return values;
    }
}
