package dev.cloudblog.providers.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a model saw when it was trained, for a {@link DriftMonitor} to compare its later inputs
 * and predictions with: the share of each label, and for each summary of an input (such as
 * {@code length}, its number of words, or {@code unknown}, its share of words outside the
 * vocabulary) a histogram over the deciles of the training values. Immutable.
 *
 * @param labels    the share of each label, by label (predicted or true labels, as given)
 * @param summaries the histogram of each input summary, by name
 */
record DriftBaseline(List<Double> labels, Map<String, Histogram> summaries) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int QUANTILES = 10;

    /**
     * The spread of one input summary over bins.
     *
     * @param edges       the ascending inner bin edges, as in
     *                    {@link PopulationStability#proportions(double[], double[])}
     * @param proportions the share of training values in each bin, one more than the edges
     */
    record Histogram(List<Double> edges, List<Double> proportions) {

        /**
         * @throws IllegalArgumentException when the edges are not strictly ascending or the
         *                                  proportions do not number one more than the edges
         */
        Histogram {
            edges = List.copyOf(edges);
            proportions = List.copyOf(proportions);
            PopulationStability.requireEdges(array(edges));
            if (proportions.size() != edges.size() + 1) {
                throw new IllegalArgumentException(edges.size() + " bin edges make " + (edges.size() + 1)
                        + " bins, but there are " + proportions.size() + " proportions");
            }
        }

        /** The share of these values in each bin. */
        double[] binned(double[] values) {
            return PopulationStability.proportions(values, array(edges));
        }

        /** The share of training values in each bin. */
        double[] expected() {
            return array(proportions);
        }
    }

    /**
     * @throws IllegalArgumentException when there are no labels or a summary name is blank
     */
    DriftBaseline {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a baseline needs the share of at least one label");
        }
        summaries.keySet().forEach(name -> {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a summary needs a name");
            }
        });
        summaries = Collections.unmodifiableMap(new TreeMap<>(summaries));
    }

    /**
     * The baseline of training data: the share of each label, and a histogram of each summary with
     * its deciles as bin edges (equal deciles merged).
     *
     * @param labels    the label of each training example, in {@code [0, classes)}
     * @param summaries the values of each summary over the training examples, by name
     * @throws IllegalArgumentException when there are no labels, a label is out of range, or a
     *                                  summary has no values or a non-finite value
     */
    static DriftBaseline of(int[] labels, int classes, Map<String, double[]> summaries) {
        Map<String, Histogram> histograms = new TreeMap<>();
        summaries.forEach((name, values) -> {
            double[] edges = deciles(name, values);
            histograms.put(name, new Histogram(list(edges), list(PopulationStability.proportions(values, edges))));
        });
        return new DriftBaseline(list(PopulationStability.proportions(labels, classes)), histograms);
    }

    /** The share of each label, by label. */
    double[] expectedLabels() {
        return array(labels);
    }

    /**
     * Writes this baseline as JSON, replacing the file.
     *
     * @throws IOException when the file cannot be written
     */
    void write(Path file) throws IOException {
        Files.write(file, MAPPER.writeValueAsBytes(this));
    }

    /**
     * Reads a baseline that {@link #write} wrote.
     *
     * @throws IOException           when the file cannot be read
     * @throws IllegalStateException when it does not hold a valid baseline
     */
    static DriftBaseline read(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);
        try {
            return MAPPER.readValue(json, DriftBaseline.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the drift baseline " + file + " is corrupt (" + e.getOriginalMessage()
                    + ")", e);
        }
    }

    private static double[] deciles(String name, double[] values) {
        Objects.requireNonNull(values, name);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || !Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("summary " + name + " needs at least one value, all finite");
        }
        double[] edges = new double[QUANTILES - 1];
        for (int q = 1; q < QUANTILES; q++) {
            edges[q - 1] = sorted[(int) Math.ceil((double) q * sorted.length / QUANTILES) - 1];
        }
        return Arrays.stream(edges).distinct().toArray();
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
