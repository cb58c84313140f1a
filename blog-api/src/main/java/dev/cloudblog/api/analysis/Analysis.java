package dev.cloudblog.api.analysis;

import dev.cloudblog.api.post.PostInput;

/**
 * Content analysis. Every analyzer on the classpath contributes facets, which are merged into one
 * {@link ContentReport}.
 */
public interface Analysis {

    /**
     * The report on a stored post's current version.
     *
     * @throws dev.cloudblog.api.PostNotFoundException if there is no such post
     */
    ContentReport analyze(String postId);

    /** The report on a draft that has not been saved. */
    ContentReport analyzeDraft(PostInput draft);
}
