package dev.cloudblog.api;

import dev.cloudblog.api.analysis.Analysis;
import dev.cloudblog.api.event.Events;
import dev.cloudblog.api.post.Posts;
import dev.cloudblog.api.search.Search;
import dev.cloudblog.api.verification.Verification;

/**
 * An open blog: the one object a host application holds.
 *
 * <p>A blog is opened by the engine ({@code CloudBlog.builder()...build()} in {@code blog-core}) with
 * the providers found on the classpath, and must be closed to stop its background work (scheduled
 * publishing, event delivery) and release its providers:
 *
 * <pre>{@code
 * try (Blog blog = CloudBlog.open()) {
 *     Post draft = blog.posts().create(PostInput.builder().title("Hello").body("# Hi").author("ada").build());
 *     blog.posts().publish(draft.id(), draft.version());
 * }
 * }</pre>
 *
 * <p>All parts are thread-safe and may be shared by any number of threads.
 */
public interface Blog extends AutoCloseable {

    /** Posts: the lifecycle, lookups, queries and revision history. */
    Posts posts();

    /** Full-text search over posts; requires a search provider on the classpath. */
    Search search();

    /** Content analysis merged from every active analyzer. */
    Analysis analysis();

    /** Proofs that a post's revision was not altered. */
    Verification verification();

    /** Subscriptions to the changes made to this blog. */
    Events events();

    /**
     * Stops background work, delivers what the event outbox still holds where it can, and closes
     * every provider. Closing twice has no further effect.
     */
    @Override
    void close();
}
