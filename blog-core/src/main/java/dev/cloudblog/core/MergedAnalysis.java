package dev.cloudblog.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cloudblog.api.analysis.Analysis;
import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.ContentReport;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.core.post.PostEngine;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.spi.store.Keyset;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostStore;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Analysis by every active analyzer, their facets merged into one report. Reports on stored posts
 * are kept per revision (post id and version): {@link #onEvent} computes them after each save, as
 * the event arrives from the outbox, so {@link #analyze(String)} is usually a lookup.
 */
final class MergedAnalysis implements Analysis {

    private static final int PAGE = 200;

    private final List<ContentAnalyzer> analyzers;
    private final List<ContentAnalyzer> learners;
    private final PostEngine posts;
    private final PostStore store;
    private final OperationMetrics metrics;
    private final Cache<String, ContentReport> reports;

    /**
     * @param cachedReports how many revisions' reports to keep
     */
    MergedAnalysis(List<ContentAnalyzer> analyzers, PostEngine posts, PostStore store, OperationMetrics metrics,
                   long cachedReports) {
        this.analyzers = List.copyOf(analyzers);
        this.learners = analyzers.stream().filter(ContentAnalyzer::learnsFromPosts).toList();
        this.posts = posts;
        this.store = store;
        this.metrics = metrics;
        this.reports = Caffeine.newBuilder().maximumSize(cachedReports).build();
    }

    @Override
    public ContentReport analyze(String postId) {
        return metrics.record("analysis.analyze", () -> report(posts.require(postId)));
    }

    @Override
    public ContentReport analyze(PostInput draft) {
        return metrics.record("analysis.analyzeDraft",
                () -> new ContentReport(null, 0, facets(posts.preview(draft))));
    }

    /**
     * Hands the revision an event announces to the analyzers that learn from posts, then computes
     * its report ahead of the first request. Reads the store, not the cache, so background work
     * leaves the cache's statistics alone.
     */
    void onEvent(BlogEvent event) {
        if (event instanceof PostEvent.Deleted) {
            learners.forEach(learner -> learner.forget(event.postId()));
            return;
        }
        store.findById(event.postId()).filter(post -> post.version() == event.version()).ifPresent(post -> {
            learners.forEach(learner -> learner.learn(post));
            report(post);
        });
    }

    /** Hands every stored post, oldest first, to the analyzers that learn from posts. */
    void teachStoredPosts() {
        if (learners.isEmpty()) {
            return;
        }
        Keyset after = null;
        while (true) {
            List<Post> page = store.query(new PostCriteria(Set.of(), null, null, null, null, PostSort.OLDEST, after,
                    PAGE));
            page.forEach(post -> learners.forEach(learner -> learner.learn(post)));
            if (page.size() < PAGE) {
                return;
            }
            after = Keyset.after(page.get(page.size() - 1), PostSort.OLDEST);
        }
    }

    private ContentReport report(Post post) {
        return reports.get(post.id() + "@" + post.version(), key -> metrics.record("analysis.compute",
                () -> new ContentReport(post.id(), post.version(), facets(post))));
    }

    private List<AnalysisFacet> facets(Post post) {
        return analyzers.stream()
                .flatMap(analyzer -> analyzer.analyze(post).stream())
                .sorted(Comparator.comparing(AnalysisFacet::analyzer).thenComparing(AnalysisFacet::name))
                .toList();
    }
}
