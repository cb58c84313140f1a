package dev.cloudblog.spi.store;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.Revision;
import java.util.Objects;

/**
 * One atomic save: the post's new state, the version it must replace, the revision capturing it
 * and the event announcing it. The constructor checks that the parts agree, so stores need not.
 *
 * @param post            the new state
 * @param expectedVersion the version the store must hold now; 0 for a new post
 * @param revision        the revision of {@code post}
 * @param event           the event to put in the outbox
 */
public record PostWrite(Post post, long expectedVersion, Revision revision, BlogEvent event) {

    public PostWrite {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(event, "event");
        if (post.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("a write replacing version " + expectedVersion
                    + " must store version " + (expectedVersion + 1) + ", not " + post.version());
        }
        if (!revision.snapshot().equals(post)) {
            throw new IllegalArgumentException("the revision must capture the post being written");
        }
        if (!event.postId().equals(post.id()) || event.version() != post.version()) {
            throw new IllegalArgumentException("the event must announce this post at version " + post.version());
        }
    }

    /** Whether this write creates the post. */
    public boolean isNew() {
        return expectedVersion == 0;
    }
}
