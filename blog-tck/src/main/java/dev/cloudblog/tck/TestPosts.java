package dev.cloudblog.tck;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.RevisionAction;
import dev.cloudblog.api.post.Seo;
import dev.cloudblog.spi.store.PostDeletion;
import dev.cloudblog.spi.store.PostWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Posts and writes for store and cache kits, built the way the engine builds them but without it:
 * providers' tests depend on the SPI only.
 */
public final class TestPosts {

    private TestPosts() {
    }

    /** A new draft at version 1. */
    public static Post draft(String id, String slug, String title, Instant now) {
        return new Post(id, slug, title, "Body of " + title, "<p>Body of " + title + "</p>", "Body of " + title, null,
                List.of(), "ada", PostStatus.DRAFT, now, now, null, null, 1, "sha256:" + id, Duration.ofMinutes(1),
                Seo.NONE, Map.of());
    }

    /** A published post with this title and Markdown body, as an analyzer receives it. */
    public static Post published(String title, String body, Instant now) {
        return new Post(UUID.randomUUID().toString(), "post", title, body, paragraph(body),
                body.length() > 200 ? body.substring(0, 200) : body, null, List.of(), "ada", PostStatus.PUBLISHED,
                now, now, now, null, 2, "sha256:" + Integer.toHexString(body.hashCode()),
                Duration.ofMinutes(Math.max(1, body.length() / 1500)), Seo.NONE, Map.of());
    }

    /**
     * A post as a search index receives it: a plain-text body rendered as one HTML paragraph, and
     * the listing fields chosen. Its slug is derived from its id.
     */
    public static Post article(String id, String title, String body, List<String> tags, String author,
                               PostStatus status, Instant updatedAt, Instant publishedAt) {
        return new Post(id, "post-" + id, title, body, paragraph(body), body.length() > 200 ? body.substring(0, 200)
                : body, null, tags, author, status, updatedAt, updatedAt, publishedAt, null, 1, "sha256:" + id,
                Duration.ofMinutes(1), Seo.NONE, Map.of());
    }

    /** The next version of {@code post}, saved at {@code now}, with a new title. */
    public static Post edited(Post post, String title, Instant now) {
        return copy(post, post.slug(), title, post.status(), post.tags(), post.author(), post.publishedAt(),
                post.scheduledAt(), post.customFields(), now);
    }

    /** The next version of {@code post} with a new slug. */
    public static Post renamed(Post post, String slug, Instant now) {
        return copy(post, slug, post.title(), post.status(), post.tags(), post.author(), post.publishedAt(),
                post.scheduledAt(), post.customFields(), now);
    }

    /** The next version of {@code post} with new custom fields. */
    public static Post withFields(Post post, Map<String, String> fields, Instant now) {
        return copy(post, post.slug(), post.title(), post.status(), post.tags(), post.author(), post.publishedAt(),
                post.scheduledAt(), fields, now);
    }

    /** The next version of {@code post} in another status, with its publish and schedule times. */
    public static Post withStatus(Post post, PostStatus status, Instant publishedAt, Instant scheduledAt, Instant now) {
        return copy(post, post.slug(), post.title(), status, post.tags(), post.author(), publishedAt, scheduledAt,
                post.customFields(), now);
    }

    /** A post as stored, with every listing-relevant field chosen. */
    public static Post post(String id, String slug, PostStatus status, List<String> tags, String author,
                            Instant createdAt, Instant updatedAt, Instant publishedAt, Instant scheduledAt) {
        return new Post(id, slug, "Title " + slug, "Body", "<p>Body</p>", "Body", null, tags, author, status,
                createdAt, updatedAt, publishedAt, scheduledAt, 1, "sha256:" + id, Duration.ofMinutes(1), Seo.NONE,
                Map.of());
    }

    /** The write that stores {@code post} over version {@code post.version() - 1}. */
    public static PostWrite write(Post post) {
        RevisionAction action = post.version() == 1 ? RevisionAction.CREATED : RevisionAction.UPDATED;
        return new PostWrite(post, post.version() - 1, new Revision(post.id(), post.version(), action,
                post.updatedAt(), post), event(post));
    }

    /** The write that stores {@code post} but claims to replace {@code expectedVersion}; for conflict tests. */
    public static PostWrite staleWrite(Post post, long expectedVersion) {
        Post claimed = copyVersion(post, expectedVersion + 1);
        return new PostWrite(claimed, expectedVersion, new Revision(post.id(), claimed.version(),
                RevisionAction.UPDATED, post.updatedAt(), claimed), event(claimed));
    }

    /** The deletion of {@code post} at its version. */
    public static PostDeletion deletion(Post post, Instant now) {
        return new PostDeletion(post.id(), post.version(),
                new PostEvent.Deleted(UUID.randomUUID(), now, post.id(), post.version(), Set.of(post.slug())));
    }

    private static String paragraph(String text) {
        return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }

    private static BlogEvent event(Post post) {
        return post.version() == 1
                ? new PostEvent.Created(UUID.randomUUID(), post.updatedAt(), post.id(), 1, post.slug())
                : new PostEvent.Updated(UUID.randomUUID(), post.updatedAt(), post.id(), post.version(), post.slug(), null);
    }

    private static Post copy(Post post, String slug, String title, PostStatus status, List<String> tags, String author,
                             Instant publishedAt, Instant scheduledAt, Map<String, String> fields, Instant now) {
        return copy(post, slug, title, status, tags, author, publishedAt, scheduledAt, fields, now, post.version() + 1);
    }

    private static Post copyVersion(Post post, long version) {
        return copy(post, post.slug(), post.title(), post.status(), post.tags(), post.author(), post.publishedAt(),
                post.scheduledAt(), post.customFields(), post.updatedAt(), version);
    }

    private static Post copy(Post post, String slug, String title, PostStatus status, List<String> tags, String author,
                             Instant publishedAt, Instant scheduledAt, Map<String, String> fields, Instant updatedAt,
                             long version) {
        return new Post(post.id(), slug, title, post.body(), post.html(), post.excerpt(), post.customExcerpt(), tags,
                author, status, post.createdAt(), updatedAt, publishedAt, scheduledAt, version, post.contentHash(),
                post.readingTime(), post.seo(), fields);
    }
}
