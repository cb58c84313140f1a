package dev.cloudblog.api.analysis;

import dev.cloudblog.api.post.PostInput;

/**
 * Content analysis. Every analyzer on the classpath contributes facets, which are merged into one
 * {@link ContentReport}.
 */
public interface Analysis {

    /**
     * The report on a stored post's current version. Reports are computed after each save and kept
     * per revision, so this is usually a lookup.
     *
     * @throws dev.cloudblog.api.PostNotFoundException if there is no such post
     */
    ContentReport analyze(String postId);

    /**
     * The report on a draft that has not been saved.
     *
     * @throws dev.cloudblog.api.InvalidPostException if the draft could not be saved as it is
     */
    ContentReport analyze(PostInput draft);
}
