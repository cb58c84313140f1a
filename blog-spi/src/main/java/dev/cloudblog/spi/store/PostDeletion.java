package dev.cloudblog.spi.store;

import dev.cloudblog.api.event.BlogEvent;
import java.util.Objects;

/**
 * One atomic deletion.
 *
 * @param postId          the post to delete
 * @param expectedVersion the version the store must hold now
 * @param event           the event to put in the outbox
 */
public record PostDeletion(String postId, long expectedVersion, BlogEvent event) {

    public PostDeletion {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(event, "event");
        if (!event.postId().equals(postId)) {
            throw new IllegalArgumentException("the event must announce the deletion of " + postId);
        }
    }
}
