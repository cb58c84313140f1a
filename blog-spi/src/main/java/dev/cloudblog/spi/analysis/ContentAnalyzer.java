package dev.cloudblog.spi.analysis;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.post.Post;
import java.util.List;

/** Analyses posts. Drafts that were never saved are passed as posts with version 1. Thread-safe. */
public interface ContentAnalyzer extends AutoCloseable {

    /** The facets this analyzer finds in a post, each naming this analyzer. */
    List<AnalysisFacet> analyze(Post post);

    @Override
    default void close() {
    }
}
