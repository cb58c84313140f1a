package dev.cloudblog.api.event;

import dev.cloudblog.api.post.PostStatus;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The changes a post goes through; switch over them exhaustively. */
public sealed interface PostEvent extends BlogEvent {

    /** A draft was created. */
    record Created(UUID id, Instant occurredAt, String postId, long version, String slug) implements PostEvent {
        @Override
        public Set<String> slugs() {
            return Set.of(slug);
        }
    }

    /** The content of a post changed; {@code previousSlug} is non-null when the slug changed. */
    record Updated(UUID id, Instant occurredAt, String postId, long version, String slug, String previousSlug)
            implements PostEvent {
        @Override
        public Set<String> slugs() {
            return both(slug, previousSlug);
        }
    }

    /** The status of a post changed (published, scheduled, unpublished, archived). */
    record StatusChanged(UUID id, Instant occurredAt, String postId, long version, String slug,
                         PostStatus from, PostStatus to, Instant scheduledAt) implements PostEvent {
        public StatusChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public Set<String> slugs() {
            return Set.of(slug);
        }
    }

    /** An old revision was restored as a new one. */
    record Restored(UUID id, Instant occurredAt, String postId, long version, String slug, String previousSlug,
                    long restoredRevision) implements PostEvent {
        @Override
        public Set<String> slugs() {
            return both(slug, previousSlug);
        }
    }

    /** A post was deleted with its history. */
    record Deleted(UUID id, Instant occurredAt, String postId, long version, Set<String> slugs) implements PostEvent {
        public Deleted {
            slugs = Set.copyOf(slugs);
        }
    }

    private static Set<String> both(String slug, String previousSlug) {
        Set<String> slugs = new LinkedHashSet<>();
        slugs.add(slug);
        if (previousSlug != null) {
            slugs.add(previousSlug);
        }
        return Set.copyOf(slugs);
    }
}
