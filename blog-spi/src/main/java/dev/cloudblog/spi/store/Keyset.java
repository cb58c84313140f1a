package dev.cloudblog.spi.store;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostSort;
import java.time.Instant;
import java.util.Objects;

/**
 * A position in a sorted listing: the sort value and id of the last post already returned.
 *
 * @param sortValue the last post's value of the sort's instant
 * @param id        the last post's id, which breaks ties
 */
public record Keyset(Instant sortValue, String id) {

    public Keyset {
        Objects.requireNonNull(sortValue, "sortValue");
        Objects.requireNonNull(id, "id");
    }

    /** The position just after {@code post} in a listing sorted by {@code sort}. */
    public static Keyset after(Post post, PostSort sort) {
        return new Keyset(PostCriteria.sortValue(post, sort), post.id());
    }
}
