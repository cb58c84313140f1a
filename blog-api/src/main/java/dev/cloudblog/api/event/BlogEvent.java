package dev.cloudblog.api.event;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A change made to the blog. Events are written to an outbox in the same transaction as the change
 * and delivered after it commits, in order per listener, at least once: a listener may see an
 * event again after a crash, so it should be idempotent (the {@link #id()} helps).
 */
public sealed interface BlogEvent permits PostEvent {

    /** Unique id of this event, the same on every delivery. */
    UUID id();

    /** When the change was made. */
    Instant occurredAt();

    /** The post that changed. */
    String postId();

    /** The version of the post after the change; for a deletion, the version that was deleted. */
    long version();

    /** The slugs the change touched: the current one and, after a rename, the previous one. */
    Set<String> slugs();
}
