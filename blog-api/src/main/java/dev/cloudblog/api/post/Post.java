package dev.cloudblog.api.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;

/**
 * A post as stored: what the author wrote plus what the engine derived from it. Immutable; every
 * save produces a new {@code Post} with a higher {@link #version()}.
 *
 * @param id            stable identifier, never reused
 * @param slug          the URL name; unique among live posts
 * @param title         the title
 * @param body          the Markdown source
 * @param html          the body rendered to sanitized HTML
 * @param excerpt       the custom excerpt when set, otherwise derived from the body's first words
 * @param customExcerpt the excerpt the author wrote, or {@code null} when it is derived
 * @param tags          normalized tags (trimmed, lower case), in the author's order, no duplicates
 * @param author        who wrote it
 * @param status        where it is in its lifecycle
 * @param createdAt     when it was first saved
 * @param updatedAt     when it was last saved
 * @param publishedAt   when it was published; {@code null} while it is a draft or scheduled
 * @param scheduledAt   when it is scheduled to be published; {@code null} unless {@link PostStatus#SCHEDULED}
 * @param version       1 for a new post, one more on every save; names the revision it matches
 * @param contentHash   {@code sha256:} and the hex SHA-256 of the title, body and tags
 * @param readingTime   the estimated reading time, at least one minute
 * @param seo           search-engine metadata
 * @param customFields  free-form fields of the host application, in key order
 */
public record Post(
        String id,
        String slug,
        String title,
        String body,
        String html,
        String excerpt,
        String customExcerpt,
        List<String> tags,
        String author,
        PostStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant scheduledAt,
        long version,
        String contentHash,
        Duration readingTime,
        Seo seo,
        Map<String, String> customFields) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(readingTime, "readingTime");
        tags = List.copyOf(tags);
        seo = seo == null ? Seo.NONE : seo;
        customFields = Collections.unmodifiableMap(new TreeMap<>(customFields));
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1 but was " + version);
        }
    }

    /** Whether the public may read this post. */
    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }
}
