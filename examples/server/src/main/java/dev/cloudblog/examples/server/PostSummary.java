package dev.cloudblog.examples.server;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A post in a listing: everything but its body and HTML. */
record PostSummary(String id, String slug, String title, String excerpt, List<String> tags, String author,
                   PostStatus status, Instant createdAt, Instant updatedAt, Instant publishedAt, Instant scheduledAt,
                   long version, Duration readingTime) {

    static PostSummary of(Post post) {
        return new PostSummary(post.id(), post.slug(), post.title(), post.excerpt(), post.tags(), post.author(),
                post.status(), post.createdAt(), post.updatedAt(), post.publishedAt(), post.scheduledAt(),
                post.version(), post.readingTime());
    }
}
