package dev.cloudblog.api.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One analyzer's finding about one aspect of a post, such as readability or sentiment.
 *
 * @param analyzer        the provider that produced it
 * @param analyzerVersion the version of that analyzer's rules or model, so reports can be compared
 * @param name            the aspect, such as {@code readability}
 * @param score           the aspect's overall score; its scale is documented by the analyzer
 * @param verdict         the score in a word, such as {@code green} or {@code positive}
 * @param metrics         the measured values behind the score, by name
 * @param checks          the checks behind the score, worst first; empty when the aspect has none
 */
public record AnalysisFacet(String analyzer, String analyzerVersion, String name, double score, String verdict,
                            Map<String, Double> metrics, List<Check> checks) {

    public AnalysisFacet {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(analyzerVersion, "analyzerVersion");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        metrics = Map.copyOf(metrics);
        checks = List.copyOf(checks);
    }

    /** The value of a metric, or NaN when the facet has no such metric. */
    public double metric(String metricName) {
        return metrics.getOrDefault(metricName, Double.NaN);
    }
}
