package dev.cloudblog.api.post;

import dev.cloudblog.api.InvalidQueryException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which posts to list, in which order, how many per page, and from where. Pagination is by keyset:
 * pass the {@link Page#nextCursor()} of one page as the {@link #cursor()} of the next, with the
 * same filters and sort. Pages never repeat or skip a post that keeps its place in the order while
 * paging; a post whose sort time changes meanwhile (an update under {@link PostSort#RECENTLY_UPDATED})
 * may move past the cursor.
 *
 * <pre>{@code
 * PostQuery query = PostQuery.builder().status(PostStatus.PUBLISHED).tag("java").limit(10).build();
 * Page<Post> first = blog.posts().list(query);
 * Page<Post> second = blog.posts().list(query.after(first.nextCursor()));
 * }</pre>
 *
 * @param statuses        the statuses to include; empty for all
 * @param tag             only posts with this tag, or {@code null}
 * @param author          only posts by this author, or {@code null}
 * @param publishedFrom   only posts published at or after this instant, or {@code null}
 * @param publishedBefore only posts published before this instant, or {@code null}
 * @param sort            the order
 * @param limit           the page size, 1 to {@value #MAX_LIMIT}
 * @param cursor          where to continue, from a previous page; {@code null} for the first page
 */
public record PostQuery(
        Set<PostStatus> statuses,
        String tag,
        String author,
        Instant publishedFrom,
        Instant publishedBefore,
        PostSort sort,
        int limit,
        String cursor) {

    /** The largest page size. */
    public static final int MAX_LIMIT = 200;
    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 20;

    public PostQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
        }
        if (publishedFrom != null && publishedBefore != null && !publishedFrom.isBefore(publishedBefore)) {
            throw new InvalidQueryException("publishedFrom (" + publishedFrom
                    + ") must be before publishedBefore (" + publishedBefore + ")");
        }
    }

    /** All posts, newest first, {@value #DEFAULT_LIMIT} per page. */
    public static PostQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same query continuing after {@code cursor}; {@code null} starts again at the first page. */
    public PostQuery after(String cursor) {
        return new PostQuery(statuses, tag, author, publishedFrom, publishedBefore, sort, limit, cursor);
    }

    /** Builds a {@link PostQuery}; not thread-safe. */
    public static final class Builder {
        private final Set<PostStatus> statuses = EnumSet.noneOf(PostStatus.class);
        private String tag;
        private String author;
        private Instant publishedFrom;
        private Instant publishedBefore;
        private PostSort sort = PostSort.NEWEST;
        private int limit = DEFAULT_LIMIT;
        private String cursor;

        private Builder() {
        }

        /** Adds statuses to include; none added means all. */
        public Builder status(PostStatus... statuses) {
            this.statuses.addAll(Set.of(statuses));
            return this;
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /** Only posts published at or after {@code from} and before {@code before}; either may be null. */
        public Builder publishedBetween(Instant from, Instant before) {
            this.publishedFrom = from;
            this.publishedBefore = before;
            return this;
        }

        public Builder sort(PostSort sort) {
            this.sort = Objects.requireNonNull(sort, "sort");
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** @throws InvalidQueryException if the limit or the publish range is out of bounds */
        public PostQuery build() {
            return new PostQuery(statuses, tag, author, publishedFrom, publishedBefore, sort, limit, cursor);
        }
    }
}
