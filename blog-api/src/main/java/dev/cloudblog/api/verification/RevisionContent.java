package dev.cloudblog.api.verification;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.Revision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The part of a revision that the revision log proves: its identity, its Markdown source and the
 * metadata listed below. Derived forms (the rendered HTML, the excerpt) and the SEO and custom
 * fields are not covered. Its canonical bytes (see {@code CanonicalRevision} in blog-core) are
 * hashed into the log.
 *
 * @param postId      the post's id
 * @param revision    the revision number
 * @param slug        the slug
 * @param title       the title
 * @param body        the Markdown body
 * @param tags        the tags, in order
 * @param author      the author
 * @param status      the status name, such as {@code PUBLISHED}
 * @param publishedAt the publish time, or {@code null}
 */
public record RevisionContent(String postId, long revision, String slug, String title, String body, List<String> tags,
                              String author, String status, Instant publishedAt) {

    public RevisionContent {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
    }

    /** The proven content of a revision. */
    public static RevisionContent of(Revision revision) {
        Post post = revision.snapshot();
        return new RevisionContent(post.id(), revision.number(), post.slug(), post.title(), post.body(), post.tags(),
                post.author(), post.status().name(), post.publishedAt());
    }
}
