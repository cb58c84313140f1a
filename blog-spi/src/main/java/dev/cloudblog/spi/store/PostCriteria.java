package dev.cloudblog.spi.store;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostQuery;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.post.PostStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * A listing as a store runs it: the filters of a {@link PostQuery}, its sort, the keyset to start
 * after and how many posts to return. {@link #matches(Post)} and {@link #order()} define the
 * semantics exactly; a database store translates them to its query language.
 *
 * <p>Order: by the sort's instant (created, updated or published time), descending except for
 * {@link PostSort#OLDEST}, then by id in the same direction. {@link PostSort#RECENTLY_PUBLISHED}
 * lists only posts with a publish time.
 *
 * @param statuses        statuses to include; empty for all
 * @param tag             required tag, or {@code null}
 * @param author          required author, or {@code null}
 * @param publishedFrom   inclusive lower bound of the publish time, or {@code null}
 * @param publishedBefore exclusive upper bound of the publish time, or {@code null}
 * @param sort            the order
 * @param after           return only posts after this position, or {@code null} from the start
 * @param limit           at most this many posts
 */
public record PostCriteria(Set<PostStatus> statuses, String tag, String author, Instant publishedFrom,
                           Instant publishedBefore, PostSort sort, Keyset after, int limit) {

    public PostCriteria {
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(sort, "sort");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive but was " + limit);
        }
    }

    /** The criteria of a query's filters and sort, starting after {@code after}. */
    public static PostCriteria of(PostQuery query, Keyset after, int limit) {
        return new PostCriteria(query.statuses(), query.tag(), query.author(), query.publishedFrom(),
                query.publishedBefore(), query.sort(), after, limit);
    }

    /** Whether the sort lists from the greatest instant down. */
    public boolean descending() {
        return sort != PostSort.OLDEST;
    }

    /** Whether a post passes the filters and lies after the keyset. */
    public boolean matches(Post post) {
        if (!statuses.isEmpty() && !statuses.contains(post.status())) {
            return false;
        }
        if (tag != null && !post.tags().contains(tag)) {
            return false;
        }
        if (author != null && !post.author().equals(author)) {
            return false;
        }
        Instant published = post.publishedAt();
        if ((publishedFrom != null || publishedBefore != null || sort == PostSort.RECENTLY_PUBLISHED)
                && published == null) {
            return false;
        }
        if (publishedFrom != null && published.isBefore(publishedFrom)) {
            return false;
        }
        if (publishedBefore != null && !published.isBefore(publishedBefore)) {
            return false;
        }
        return after == null || order().compare(Keyset.after(post, sort), after) > 0;
    }

    /** The listing order of positions. */
    public Comparator<Keyset> order() {
        Comparator<Keyset> ascending = Comparator.comparing(Keyset::sortValue).thenComparing(Keyset::id);
        return descending() ? ascending.reversed() : ascending;
    }

    /** The listing order of posts. */
    public Comparator<Post> postOrder() {
        return Comparator.comparing(post -> Keyset.after(post, sort), order());
    }

    /** The instant a post is sorted by; {@code null} only for an unpublished post under {@link PostSort#RECENTLY_PUBLISHED}. */
    public static Instant sortValue(Post post, PostSort sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> post.createdAt();
            case RECENTLY_UPDATED -> post.updatedAt();
            case RECENTLY_PUBLISHED -> post.publishedAt();
        };
    }
}
