package dev.cloudblog.providers.ml;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one model version for drift: keeps its last predictions and the summaries of their
 * inputs, and compares them with the model's {@link DriftBaseline} by the
 * {@link PopulationStability population stability index}. It publishes the index of the labels
 * and of each summary as the gauge {@value #PSI_GAUGE} (tags {@code model}, and {@code feature}:
 * {@value #LABEL} or the summary's name), and {@value #ALERT_GAUGE} (tag {@code model}), which is
 * 1 while any index is at or above the threshold and 0 otherwise. The indices are computed when a
 * report is asked for or a gauge is read, and only once the window holds
 * {@code min(window, 50)} observations. It logs a warning when the alert turns on, and an info
 * message when it turns off.
 *
 * <p>Thread-safe. Only one monitor per model may be open in a meter registry at a time;
 * {@link #close()} removes the gauges.
 */
final class DriftMonitor implements AutoCloseable {

    /** The name under which the index of the predicted labels is reported. */
    static final String LABEL = "label";
    static final String PSI_GAUGE = "blog.ml.drift.psi";
    static final String ALERT_GAUGE = "blog.ml.drift.alert";

    private static final Logger LOG = LoggerFactory.getLogger(DriftMonitor.class);
    private static final int MINIMUM_OBSERVATIONS = 50;

    /**
     * The drift of a model over the recent observations.
     *
     * @param modelId      the model watched
     * @param modelVersion its version
     * @param observations the observations in the window
     * @param required     the observations needed before indices are computed
     * @param psi          the population stability index of {@value #LABEL} and of each summary,
     *                     in that order; empty while there are too few observations
     * @param threshold    the index at which a feature counts as drifted
     * @param alert        whether any feature drifted
     * @param drifted      the features whose index is at or above the threshold
     */
    record DriftReport(String modelId, String modelVersion, int observations, int required, Map<String, Double> psi,
            double threshold, boolean alert, List<String> drifted) {

        DriftReport {
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(modelVersion, "modelVersion");
            psi = Collections.unmodifiableMap(new LinkedHashMap<>(psi));
            drifted = List.copyOf(drifted);
        }

        /** Whether there were enough observations to compute the indices. */
        boolean enough() {
            return observations >= required;
        }

        /**
         * One line for people, such as {@code sentiment 3 over the last 500 observations: PSI
         * label 0.412, length 0.301, unknown 0.020 (alert at 0.250); drifted: label, length}.
         */
        String summary() {
            String model = modelId + " " + modelVersion;
            if (!enough()) {
                return model + ": not enough observations: " + observations + " of " + required;
            }
            String indices = psi.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + decimal(entry.getValue()))
                    .collect(Collectors.joining(", "));
            return model + " over the last " + observations + " observations: PSI " + indices + " (alert at "
                    + decimal(threshold) + "); " + (alert ? "drifted: " + String.join(", ", drifted) : "stable");
        }

        private static String decimal(double value) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
    }

    private final String modelId;
    private final String modelVersion;
    private final double threshold;
    private final int required;
    private final double[] expectedLabels;
    private final List<String> summaries;
    private final List<DriftBaseline.Histogram> histograms;
    private final List<double[]> expectedSummaries;
    private final int[] labels;
    private final double[][] values;
    private final MeterRegistry registry;
    private final List<Gauge> gauges = new ArrayList<>();
    private int next;
    private int observations;
    private DriftReport latest;
    private boolean alert;

    /**
     * @param modelVersion the version watched, for reports and logs
     * @param baseline     what the model saw when trained
     * @param window       how many of the latest observations are compared with the baseline
     * @param threshold    the index at which a feature counts as drifted, such as 0.25
     * @param registry     where the gauges are registered
     * @throws IllegalArgumentException when the window is not positive, the threshold not a
     *                                  positive number, or a summary of the baseline is named
     *                                  {@value #LABEL}
     * @throws IllegalStateException    when a monitor of this model is open in the registry
     */
    DriftMonitor(String modelId, String modelVersion, DriftBaseline baseline, int window, double threshold,
            MeterRegistry registry) {
        this.modelId = ModelCard.requireModelId(modelId);
        this.modelVersion = Objects.requireNonNull(modelVersion, "modelVersion");
        if (window < 1) {
            throw new IllegalArgumentException("the drift window must hold at least one observation, not " + window);
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("the drift threshold must be a positive number, not " + threshold);
        }
        if (baseline.summaries().containsKey(LABEL)) {
            throw new IllegalArgumentException("a summary cannot be named '" + LABEL + "', the name of the labels");
        }
        this.threshold = threshold;
        this.required = Math.min(window, MINIMUM_OBSERVATIONS);
        this.expectedLabels = baseline.expectedLabels();
        this.summaries = List.copyOf(baseline.summaries().keySet());
        this.histograms = List.copyOf(baseline.summaries().values());
        this.expectedSummaries = histograms.stream().map(DriftBaseline.Histogram::expected).toList();
        this.labels = new int[window];
        this.values = new double[summaries.size()][window];
        this.registry = registry;
        if (registry.find(ALERT_GAUGE).tag("model", modelId).gauge() != null) {
            throw new IllegalStateException("a drift monitor of model " + modelId
                    + " is already open in this meter registry; close it first");
        }
        List<String> features = new ArrayList<>();
        features.add(LABEL);
        features.addAll(summaries);
        for (String feature : features) {
            gauges.add(Gauge.builder(PSI_GAUGE, this,
                            monitor -> monitor.report().psi().getOrDefault(feature, Double.NaN))
                    .description("Population stability index of a model's recent predictions or inputs against its"
                            + " training data")
                    .tag("model", modelId).tag("feature", feature).strongReference(true).register(registry));
        }
        gauges.add(Gauge.builder(ALERT_GAUGE, this, monitor -> monitor.report().alert() ? 1 : 0)
                .description("1 while a model's recent predictions or inputs drift from its training data, else 0")
                .tag("model", modelId).strongReference(true).register(registry));
    }

    /**
     * Records one prediction and the summaries of its input, forgetting the oldest observation
     * once the window is full.
     *
     * @param summaries a value for each summary of the baseline, and no others
     * @throws IllegalArgumentException when the label is not one of the baseline's, the summaries
     *                                  are not the baseline's, or a value is NaN
     */
    synchronized void observe(int predictedLabel, Map<String, Double> summaries) {
        if (predictedLabel < 0 || predictedLabel >= expectedLabels.length) {
            throw new IllegalArgumentException("label " + predictedLabel + " is not one of the "
                    + expectedLabels.length + " labels of " + modelId);
        }
        if (summaries.size() != this.summaries.size() || !summaries.keySet().containsAll(this.summaries)) {
            throw new IllegalArgumentException("the summaries of " + modelId + " are " + this.summaries
                    + ", not " + summaries.keySet());
        }
        for (int i = 0; i < this.summaries.size(); i++) {
            double value = summaries.get(this.summaries.get(i));
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("summary " + this.summaries.get(i) + " is NaN");
            }
            values[i][next] = value;
        }
        labels[next] = predictedLabel;
        next = (next + 1) % labels.length;
        observations = Math.min(observations + 1, labels.length);
        latest = null;
    }

    /** The drift over the current window, logging when the alert turns on or off. */
    synchronized DriftReport report() {
        if (latest == null) {
            latest = compute();
            if (latest.alert() != alert) {
                alert = latest.alert();
                if (alert) {
                    LOG.warn("Drift alert raised: {}", latest.summary());
                } else {
                    LOG.info("Drift alert cleared: {}", latest.summary());
                }
            }
        }
        return latest;
    }

    /** Removes this monitor's gauges from the meter registry. Idempotent. */
    @Override
    public void close() {
        gauges.forEach(registry::remove);
    }

    private DriftReport compute() {
        Map<String, Double> psi = new LinkedHashMap<>();
        if (observations >= required) {
            double[] actualLabels = PopulationStability.proportions(Arrays.copyOf(labels, observations),
                    expectedLabels.length);
            psi.put(LABEL, PopulationStability.index(expectedLabels, actualLabels));
            for (int i = 0; i < summaries.size(); i++) {
                double[] actual = histograms.get(i).binned(Arrays.copyOf(values[i], observations));
                psi.put(summaries.get(i), PopulationStability.index(expectedSummaries.get(i), actual));
            }
        }
        List<String> drifted = psi.entrySet().stream().filter(entry -> entry.getValue() >= threshold)
                .map(Map.Entry::getKey).toList();
        return new DriftReport(modelId, modelVersion, observations, required, psi, threshold, !drifted.isEmpty(),
                drifted);
    }
}
