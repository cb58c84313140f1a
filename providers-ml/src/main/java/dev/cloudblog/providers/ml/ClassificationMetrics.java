package dev.cloudblog.providers.ml;

/**
 * Quality figures of a single-label classifier from its confusion matrix: accuracy, and per label
 * precision, recall and F1 with their unweighted (macro) mean. A ratio whose denominator is 0 (a
 * label never predicted, or never present) counts as 0. Immutable.
 */
final class ClassificationMetrics {

    private final int[][] confusion;
    private final long total;

    /**
     * @param confusion the counts by actual label (row) and predicted label (column); square, not
     *                  negative, not all 0
     * @throws IllegalArgumentException if the matrix is empty, not square, has a negative count or
     *                                  no count at all
     */
    ClassificationMetrics(int[][] confusion) {
        if (confusion.length == 0) {
            throw new IllegalArgumentException("the confusion matrix has no labels");
        }
        this.confusion = new int[confusion.length][];
        long sum = 0;
        for (int actual = 0; actual < confusion.length; actual++) {
            if (confusion[actual].length != confusion.length) {
                throw new IllegalArgumentException("the confusion matrix must be square but row " + actual + " has "
                        + confusion[actual].length + " columns for " + confusion.length + " rows");
            }
            this.confusion[actual] = confusion[actual].clone();
            for (int count : confusion[actual]) {
                if (count < 0) {
                    throw new IllegalArgumentException("the confusion matrix has a negative count in row " + actual);
                }
                sum += count;
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("the confusion matrix counts no predictions");
        }
        this.total = sum;
    }

    /** The number of predictions counted. */
    long total() {
        return total;
    }

    /** The share of predictions that were right. */
    double accuracy() {
        long right = 0;
        for (int label = 0; label < confusion.length; label++) {
            right += confusion[label][label];
        }
        return right / (double) total;
    }

    /**
     * The share of predictions of {@code label} that were right.
     *
     * @throws IndexOutOfBoundsException if there is no such label
     */
    double precision(int label) {
        long predicted = 0;
        for (int[] row : confusion) {
            predicted += row[label];
        }
        return ratio(confusion[label][label], predicted);
    }

    /**
     * The share of texts of {@code label} that were predicted as such.
     *
     * @throws IndexOutOfBoundsException if there is no such label
     */
    double recall(int label) {
        long actual = 0;
        for (int count : confusion[label]) {
            actual += count;
        }
        return ratio(confusion[label][label], actual);
    }

    /**
     * The harmonic mean of the precision and recall of {@code label}.
     *
     * @throws IndexOutOfBoundsException if there is no such label
     */
    double f1(int label) {
        double precision = precision(label);
        double recall = recall(label);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The unweighted mean of the F1 of every label. */
    double macroF1() {
        double sum = 0;
        for (int label = 0; label < confusion.length; label++) {
            sum += f1(label);
        }
        return sum / confusion.length;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : numerator / (double) denominator;
    }
}
