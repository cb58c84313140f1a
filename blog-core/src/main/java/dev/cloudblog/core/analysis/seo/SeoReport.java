package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.api.analysis.Check;
import java.util.List;

/**
 * The result of an SEO analysis.
 *
 * <pre>{@code
 * SeoReport report = SeoAnalysis.analyze(input);
 * report.score();    // 74
 * report.checks();   // worst first: [seo.outbound-links 3, seo.keyphrase-title 6, ...]
 * }</pre>
 *
 * @param score  the overall score, 0 to 100, as {@link SeoAnalysis#analyze} computes it
 * @param checks the checks behind it, worst first
 */
public record SeoReport(int score, List<Check> checks) {

    /**
     * Validates the score and copies the checks.
     *
     * @throws IllegalArgumentException if {@code score} is outside 0 to 100
     */
    public SeoReport {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be within 0 to 100 but was " + score);
        }
        checks = List.copyOf(checks);
    }
}
