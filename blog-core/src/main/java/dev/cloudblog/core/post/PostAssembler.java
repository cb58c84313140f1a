package dev.cloudblog.core.post;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.core.content.Excerpts;
import dev.cloudblog.core.content.MarkdownRenderer;
import dev.cloudblog.core.content.RenderedBody;
import java.time.Instant;

/** Builds the stored form of a post: renders its body and derives its excerpt, reading time and hash. */
final class PostAssembler {

    static final int EXCERPT_LENGTH = 200;

    private final MarkdownRenderer renderer;

    PostAssembler(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /** A post holding {@code input}, with the given identity and lifecycle. */
    Post assemble(String id, String slug, ValidInput input, Lifecycle lifecycle, long version) {
        RenderedBody rendered = renderer.render(input.body());
        String excerpt = input.customExcerpt() != null
                ? input.customExcerpt()
                : Excerpts.excerpt(rendered.plainText(), EXCERPT_LENGTH);
        return new Post(id, slug, input.title(), input.body(), rendered.html(), excerpt, input.customExcerpt(),
                input.tags(), input.author(), lifecycle.status(), lifecycle.createdAt(), lifecycle.updatedAt(),
                lifecycle.publishedAt(), lifecycle.scheduledAt(), version,
                ContentHasher.hash(input.title(), input.body(), input.tags()),
                Excerpts.readingTime(rendered.wordCount()), input.seo(), input.customFields());
    }

    /** {@code post} with a new lifecycle and the next version; its content stays as it is. */
    static Post advance(Post post, Lifecycle lifecycle) {
        return new Post(post.id(), post.slug(), post.title(), post.body(), post.html(), post.excerpt(),
                post.customExcerpt(), post.tags(), post.author(), lifecycle.status(), lifecycle.createdAt(),
                lifecycle.updatedAt(), lifecycle.publishedAt(), lifecycle.scheduledAt(), post.version() + 1,
                post.contentHash(), post.readingTime(), post.seo(), post.customFields());
    }

    /** The status and times of a post. */
    record Lifecycle(PostStatus status, Instant createdAt, Instant updatedAt, Instant publishedAt,
                     Instant scheduledAt) {

        static Lifecycle draft(Instant now) {
            return new Lifecycle(PostStatus.DRAFT, now, now, null, null);
        }

        static Lifecycle of(Post post) {
            return new Lifecycle(post.status(), post.createdAt(), post.updatedAt(), post.publishedAt(),
                    post.scheduledAt());
        }

        Lifecycle updatedAt(Instant now) {
            return new Lifecycle(status, createdAt, now, publishedAt, scheduledAt);
        }
    }
}
