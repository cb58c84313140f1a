package dev.cloudblog.benchmarks;

import java.util.Arrays;
import java.util.Random;

/**
 * Ranks drawn with Zipf(1.0) frequencies: rank {@code r} (from 0) comes up in proportion to
 * {@code 1 / (r + 1)}, as words in text and the popularity of pages do. Immutable; thread-safe
 * when each thread passes its own {@link Random}.
 */
final class Zipf {

    private final double[] cumulative;

    /** Ranks 0 to {@code count - 1}. */
    Zipf(int count) {
        cumulative = new double[count];
        double sum = 0;
        for (int rank = 0; rank < count; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < count; rank++) {
            cumulative[rank] /= sum;
        }
    }

    /** A rank drawn with {@code random}. */
    int next(Random random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }
}
