package dev.cloudblog.api.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One analyzer's finding about one aspect of a post, such as readability or sentiment.
 *
 * @param analyzer the provider that produced it
 * @param name     the aspect, such as {@code readability}
 * @param score    the aspect's overall score; its scale is documented by the analyzer
 * @param metrics  the measured values behind the score, by name
 * @param findings advice for the author, worst first
 */
public record AnalysisFacet(String analyzer, String name, double score, Map<String, Double> metrics,
                            List<String> findings) {

    public AnalysisFacet {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(name, "name");
        metrics = Map.copyOf(metrics);
        findings = List.copyOf(findings);
    }
}
