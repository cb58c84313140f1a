package dev.cloudblog.core;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.Analysis;
import dev.cloudblog.api.analysis.ContentReport;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.core.post.PostEngine;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import java.util.Comparator;
import java.util.List;

/** Analysis by every active analyzer, their facets merged into one report. */
final class MergedAnalysis implements Analysis {

    private final List<ContentAnalyzer> analyzers;
    private final PostEngine posts;
    private final OperationMetrics metrics;

    MergedAnalysis(List<ContentAnalyzer> analyzers, PostEngine posts, OperationMetrics metrics) {
        this.analyzers = List.copyOf(analyzers);
        this.posts = posts;
        this.metrics = metrics;
    }

    @Override
    public ContentReport analyze(String postId) {
        return metrics.record("analysis.analyze", () -> {
            Post post = posts.require(postId);
            return new ContentReport(post.id(), post.version(), facets(post));
        });
    }

    @Override
    public ContentReport analyze(PostInput draft) {
        return metrics.record("analysis.analyzeDraft",
                () -> new ContentReport(null, 0, facets(posts.preview(draft))));
    }

    private List<AnalysisFacet> facets(Post post) {
        return analyzers.stream()
                .flatMap(analyzer -> analyzer.analyze(post).stream())
                .sorted(Comparator.comparing(AnalysisFacet::analyzer).thenComparing(AnalysisFacet::name))
                .toList();
    }
}
