package dev.cloudblog.spi.analysis;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.post.Post;
import java.util.List;

/** Analyses posts. Drafts that were never saved are passed as posts with version 1. Thread-safe. */
public interface ContentAnalyzer extends AutoCloseable {

    /** The facets this analyzer finds in a post, each naming this analyzer. */
    List<AnalysisFacet> analyze(Post post);

    /**
     * Whether this analyzer learns from the blog's own posts. If so, the engine hands it every
     * stored post through {@link #learn} once at start, in the background, then the latest revision
     * of each saved post through {@link #learn} as its event arrives (a revision already replaced
     * by then is skipped) and each deletion through {@link #forget}, before the revision's report
     * is computed.
     */
    default boolean learnsFromPosts() {
        return false;
    }

    /**
     * Learns from the latest revision of a stored post; a post it has seen before replaces what it
     * learned of it. Never called for drafts that were only previewed.
     */
    default void learn(Post post) {
    }

    /** Forgets a post that was deleted. */
    default void forget(String postId) {
    }

    @Override
    default void close() {
    }
}
