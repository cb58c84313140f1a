package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cloudblog.providers.ml.DriftMonitor.DriftReport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Drift detection")
class DriftTest {

    private static final double[] LABEL_SHARES = {0.5, 0.3, 0.2};

    /** Posts as the sentiment model saw them in training: their label, length and unknown share. */
    private record Sample(int label, double length, double unknown) {

        static Sample draw(Random random) {
            double u = random.nextDouble();
            int label = u < LABEL_SHARES[0] ? 0 : u < LABEL_SHARES[0] + LABEL_SHARES[1] ? 1 : 2;
            double length = Math.max(1, Math.round(120 + 40 * random.nextGaussian()));
            double unknown = random.nextDouble() < 0.3 ? 0 : 0.2 * random.nextDouble();
            return new Sample(label, length, unknown);
        }

        Map<String, Double> summaries() {
            return Map.of("length", length, "unknown", unknown);
        }
    }

    private static List<Sample> draw(long seed, int count) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(i -> Sample.draw(random)).toList();
    }

    private static DriftBaseline baseline() {
        List<Sample> training = draw(1, 2000);
        return DriftBaseline.of(training.stream().mapToInt(Sample::label).toArray(), 3, Map.of(
                "length", training.stream().mapToDouble(Sample::length).toArray(),
                "unknown", training.stream().mapToDouble(Sample::unknown).toArray()));
    }

    @Nested
    @DisplayName("The population stability index")
    class Index {

        @Test
        @DisplayName("is 0 for identical distributions and grows as the distribution shifts")
        void growsWithShift() {
            double[] expected = {25, 25, 25, 25};
            assertThat(PopulationStability.index(expected, new double[] {0.25, 0.25, 0.25, 0.25})).isZero();

            double slight = PopulationStability.index(expected, new double[] {0.3, 0.25, 0.25, 0.2});
            double moderate = PopulationStability.index(expected, new double[] {0.4, 0.3, 0.2, 0.1});
            double severe = PopulationStability.index(expected, new double[] {0.85, 0.1, 0.05, 0});
            assertThat(slight).isPositive().isLessThan(0.1);
            assertThat(moderate).isGreaterThan(slight).isBetween(0.1, 0.25);
            assertThat(severe).isGreaterThan(0.25);
        }

        @Test
        @DisplayName("matches hand-computed values, an empty bin counting as 0.0001")
        void knownValues() {
            // (0.6 − 0.5)·ln(0.6/0.5) + (0.4 − 0.5)·ln(0.4/0.5) = 0.0182322 + 0.0223144
            assertThat(PopulationStability.index(new double[] {50, 50}, new double[] {60, 40}))
                    .isCloseTo(0.0405465, within(1e-6));
            // adds (0.1 − 0.0001)·ln(0.1/0.0001) = 0.0999 · 6.9077553 for the bin empty in training
            assertThat(PopulationStability.index(new double[] {0.5, 0.5, 0}, new double[] {0.5, 0.4, 0.1}))
                    .isCloseTo(0.7123991, within(1e-6));
        }

        @Test
        @DisplayName("bins values between edges, each edge closing its bin, and counts labels by class")
        void proportions() {
            assertThat(PopulationStability.proportions(new double[] {1, 2, 2, 3, 5, 8}, new double[] {2, 5}))
                    .containsExactly(new double[] {0.5, 2.0 / 6, 1.0 / 6}, within(1e-12));
            assertThat(PopulationStability.proportions(new int[] {0, 1, 1, 2}, 3)).containsExactly(0.25, 0.5, 0.25);
        }

        @Test
        @DisplayName("refuses mismatched bins, negative counts, unsorted edges and labels outside the classes")
        void refusesBadInput() {
            assertThatThrownBy(() -> PopulationStability.index(new double[] {1, 1}, new double[] {1, 1, 1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("2 expected bins but 3 actual bins");
            assertThatThrownBy(() -> PopulationStability.index(new double[] {1, -1}, new double[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry -1.0");
            assertThatThrownBy(() -> PopulationStability.index(new double[] {0, 0}, new double[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all zeros");
            assertThatThrownBy(() -> PopulationStability.proportions(new double[] {1}, new double[] {3, 2}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly ascending");
            assertThatThrownBy(() -> PopulationStability.proportions(new int[] {0, 3}, 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("label 3 is not one of the 3 classes 0 to 2");
        }
    }

    @Nested
    @DisplayName("The baseline")
    class Baseline {

        @Test
        @DisplayName("bins each summary at its deciles, merging equal ones, and keeps the label shares")
        void deciles() {
            double[] uniform = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
            double[] mostlyZero = IntStream.range(0, 100).mapToDouble(i -> i < 60 ? 0 : i).toArray();
            DriftBaseline baseline = DriftBaseline.of(new int[] {0, 0, 0, 1}, 2,
                    Map.of("length", uniform, "unknown", mostlyZero));

            assertThat(baseline.labels()).containsExactly(0.75, 0.25);
            assertThat(baseline.summaries().get("length").edges())
                    .containsExactly(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0);
            assertThat(baseline.summaries().get("length").proportions()).hasSize(10)
                    .allSatisfy(share -> assertThat(share).isCloseTo(0.1, within(1e-12)));
            assertThat(baseline.summaries().get("unknown").edges()).containsExactly(0.0, 69.0, 79.0, 89.0);
            assertThat(baseline.summaries().get("unknown").proportions().get(0)).isCloseTo(0.6, within(1e-12));
        }

        @Test
        @DisplayName("round-trips through JSON and names a corrupt file")
        void json(@TempDir Path directory) throws IOException {
            DriftBaseline baseline = baseline();
            Path file = directory.resolve("drift.json");
            baseline.write(file);
            assertThat(DriftBaseline.read(file)).isEqualTo(baseline);

            Files.writeString(file, "{\"labels\": [0.5, 0.5], \"summaries\": {\"length\": {\"edges\": [3, 1]");
            assertThatThrownBy(() -> DriftBaseline.read(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("corrupt");
        }
    }

    @Nested
    @DisplayName("The monitor")
    class Monitor {

        private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

        private double gauge(String name, String... tags) {
            return registry.get(name).tags(tags).gauge().value();
        }

        private static void feed(DriftMonitor monitor, List<Sample> samples) {
            samples.forEach(sample -> monitor.observe(sample.label(), sample.summaries()));
        }

        @Test
        @DisplayName("stays quiet over data drawn like the training data")
        void stable() {
            try (DriftMonitor monitor = new DriftMonitor("sentiment", "3", baseline(), 500, 0.25, registry)) {
                feed(monitor, draw(2, 800));
                DriftReport report = monitor.report();

                assertThat(report.observations()).isEqualTo(500);
                assertThat(report.psi()).containsOnlyKeys("label", "length", "unknown")
                        .allSatisfy((feature, psi) -> assertThat(psi).isLessThan(0.1));
                assertThat(report.alert()).isFalse();
                assertThat(report.drifted()).isEmpty();
                assertThat(report.summary()).startsWith("sentiment 3 over the last 500 observations: PSI label 0.0")
                        .endsWith("(alert at 0.250); stable");
                assertThat(gauge("blog.ml.drift.alert", "model", "sentiment")).isZero();
                assertThat(gauge("blog.ml.drift.psi", "model", "sentiment", "feature", "length"))
                        .isEqualTo(report.psi().get("length"));
            }
        }

        @Test
        @DisplayName("raises the alert over shifted data, naming what drifted, and lowers it once the data is back")
        void shifted() {
            try (DriftMonitor monitor = new DriftMonitor("sentiment", "3", baseline(), 500, 0.25, registry)) {
                feed(monitor, draw(2, 500));
                assertThat(gauge("blog.ml.drift.alert", "model", "sentiment")).isZero();

                draw(3, 500).forEach(sample -> monitor.observe(0, Map.of(
                        "length", sample.length() * 5, "unknown", sample.unknown())));
                assertThat(gauge("blog.ml.drift.alert", "model", "sentiment")).isEqualTo(1);
                DriftReport report = monitor.report();
                assertThat(report.alert()).isTrue();
                assertThat(report.drifted()).containsExactly("label", "length");
                assertThat(report.psi().get("unknown")).isLessThan(0.1);
                assertThat(gauge("blog.ml.drift.psi", "model", "sentiment", "feature", "label")).isGreaterThan(0.25);
                assertThat(report.summary()).endsWith("drifted: label, length");

                feed(monitor, draw(4, 500));
                assertThat(monitor.report().alert()).isFalse();
                assertThat(gauge("blog.ml.drift.alert", "model", "sentiment")).isZero();
            }
        }

        @Test
        @DisplayName("reports too few observations as such, until min(window, 50) are in")
        void tooFew() {
            try (DriftMonitor monitor = new DriftMonitor("sentiment", "3", baseline(), 500, 0.25, registry)) {
                feed(monitor, draw(2, 20));
                DriftReport report = monitor.report();
                assertThat(report.psi()).isEmpty();
                assertThat(report.alert()).isFalse();
                assertThat(report.summary()).isEqualTo("sentiment 3: not enough observations: 20 of 50");
                assertThat(gauge("blog.ml.drift.psi", "model", "sentiment", "feature", "label")).isNaN();
                assertThat(gauge("blog.ml.drift.alert", "model", "sentiment")).isZero();
            }
            try (DriftMonitor monitor = new DriftMonitor("sentiment", "3", baseline(), 10, 0.25, registry)) {
                feed(monitor, draw(2, 9));
                assertThat(monitor.report().summary()).endsWith("not enough observations: 9 of 10");
                feed(monitor, draw(3, 1));
                assertThat(monitor.report().psi()).isNotEmpty();
            }
        }

        @Test
        @DisplayName("refuses observations that do not fit the baseline")
        void refusesBadObservations() {
            try (DriftMonitor monitor = new DriftMonitor("sentiment", "3", baseline(), 500, 0.25, registry)) {
                assertThatThrownBy(() -> monitor.observe(3, Map.of("length", 10.0, "unknown", 0.0)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("label 3 is not one of the 3 labels of sentiment");
                assertThatThrownBy(() -> monitor.observe(0, Map.of("length", 10.0)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("the summaries of sentiment are [length, unknown], not [length]");
                assertThatThrownBy(() -> monitor.observe(0, Map.of("length", Double.NaN, "unknown", 0.0)))
                        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary length is NaN");
                assertThat(monitor.report().observations()).isZero();
            }
        }

        @Test
        @DisplayName("removes its gauges when closed, and allows one open monitor per model")
        void gauges() {
            DriftMonitor monitor = new DriftMonitor("sentiment", "3", baseline(), 500, 0.25, registry);
            assertThat(registry.find("blog.ml.drift.psi").tag("model", "sentiment").gauges()).hasSize(3);
            assertThatThrownBy(() -> new DriftMonitor("sentiment", "4", baseline(), 500, 0.25, registry))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");

            monitor.close();
            assertThat(registry.getMeters()).isEmpty();
            new DriftMonitor("sentiment", "4", baseline(), 500, 0.25, registry).close();
        }
    }
}
