package dev.cloudblog.spi.search;

import dev.cloudblog.api.post.Post;
import java.util.Collection;

/**
 * A replacement index under construction, off to the side of the live one. Searches keep using
 * the live index until {@link #commit} swaps the replacement in, atomically: a search sees the
 * whole old index or the whole new one. Closing a build that was not committed discards it.
 * Used by one thread at a time.
 */
public interface IndexBuild extends AutoCloseable {

    /** Adds posts to the replacement. */
    void add(Collection<Post> posts);

    /**
     * Makes the replacement the live index at {@code marker}, durably, and searchable at once.
     *
     * @throws IllegalStateException if the build was committed or closed already
     */
    void commit(IndexMarker marker);

    /** Discards the replacement unless it was committed. */
    @Override
    void close();
}
