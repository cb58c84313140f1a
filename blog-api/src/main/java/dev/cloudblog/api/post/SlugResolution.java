package dev.cloudblog.api.post;

import java.util.Objects;

/**
 * The post a slug leads to. A slug a post used to have still leads to it; then {@link #moved()}
 * is true and a web front end answers with a permanent redirect to {@code post().slug()}.
 *
 * @param post          the post
 * @param requestedSlug the slug that was looked up
 */
public record SlugResolution(Post post, String requestedSlug) {

    public SlugResolution {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(requestedSlug, "requestedSlug");
    }

    /** Whether the requested slug is an old one of the post, which now lives at another slug. */
    public boolean moved() {
        return !post.slug().equals(requestedSlug);
    }
}
