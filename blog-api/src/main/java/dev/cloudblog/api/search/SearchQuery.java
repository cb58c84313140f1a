package dev.cloudblog.api.search;

import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.post.PostStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A search request: the user's query text, filters, order, page and what to return with the hits.
 *
 * <p>The text is in the user syntax of the search provider; for {@code lucene} that is words
 * (all optional, ranked), {@code "phrases"}, {@code +required} and {@code -excluded} terms and
 * fielded terms ({@code title:merkle}, {@code tags:java}, {@code author:ann}). Blank text matches
 * every post that passes the filters. Text that does not parse is refused with an
 * {@link InvalidQueryException} naming the position.
 *
 * <p>Public searches see published posts only; {@link Builder#includeUnpublished(boolean)} is for
 * editors and also finds drafts, scheduled and archived posts.
 *
 * <pre>{@code
 * SearchQuery query = SearchQuery.builder("merkle proofs").tag("security").facets(true).build();
 * SearchResults first = blog.search().search(query);
 * SearchResults second = blog.search().search(query.after(first.nextCursor()));
 * }</pre>
 *
 * @param text               the query text; blank for all posts that pass the filters
 * @param tags               tags every hit must have (normalized to lower case); empty for any
 * @param author             the author every hit must have, or {@code null}
 * @param statuses           the statuses to include; empty for all visible ones
 * @param publishedFrom      only posts published at or after this instant, or {@code null}
 * @param publishedBefore    only posts published before this instant, or {@code null}
 * @param sort               the order of hits
 * @param limit              the page size, 1 to {@value #MAX_LIMIT}
 * @param cursor             where to continue, from a previous page's {@link SearchResults#nextCursor()}
 * @param highlight          whether hits carry highlighted snippets
 * @param facets             whether results carry tag and author counts over all matches
 * @param includeUnpublished whether posts that are not published are searched too (editors only)
 */
public record SearchQuery(
        String text,
        Set<String> tags,
        String author,
        Set<PostStatus> statuses,
        Instant publishedFrom,
        Instant publishedBefore,
        SearchSort sort,
        int limit,
        String cursor,
        boolean highlight,
        boolean facets,
        boolean includeUnpublished) {

    /** The largest page size. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 10;
    /** How deep pages may reach: a cursor past this many hits is refused; narrow the query instead. */
    public static final int MAX_DEPTH = 10_000;

    /** @throws InvalidQueryException if the limit or the publish range is out of bounds, or a status is not visible */
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        tags = normalized(tags);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
        }
        if (publishedFrom != null && publishedBefore != null && !publishedFrom.isBefore(publishedBefore)) {
            throw new InvalidQueryException("publishedFrom (" + publishedFrom
                    + ") must be before publishedBefore (" + publishedBefore + ")");
        }
        if (!includeUnpublished && !statuses.isEmpty() && !statuses.equals(Set.of(PostStatus.PUBLISHED))) {
            throw new InvalidQueryException("a public search sees PUBLISHED posts only but asked for " + statuses
                    + "; editors set includeUnpublished(true)");
        }
    }

    /** A public search for {@code text}, by relevance, {@value #DEFAULT_LIMIT} hits, highlighted. */
    public static SearchQuery of(String text) {
        return builder(text).build();
    }

    /** A builder for a public search for {@code text}, by relevance, highlighted, without facets. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** The same query continuing after {@code cursor}; {@code null} starts again at the first page. */
    public SearchQuery after(String cursor) {
        return new SearchQuery(text, tags, author, statuses, publishedFrom, publishedBefore, sort, limit, cursor,
                highlight, facets, includeUnpublished);
    }

    /** The statuses a hit may have: the asked ones, within what this search may see. */
    public Set<PostStatus> visibleStatuses() {
        if (!includeUnpublished) {
            return Set.of(PostStatus.PUBLISHED);
        }
        return statuses.isEmpty() ? Set.copyOf(EnumSet.allOf(PostStatus.class)) : statuses;
    }

    private static Set<String> normalized(Set<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String tag : tags) {
            normalized.add(Objects.requireNonNull(tag, "tag").strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(normalized);
    }

    /** Builds a {@link SearchQuery}; not thread-safe. */
    public static final class Builder {
        private final String text;
        private final Set<String> tags = new LinkedHashSet<>();
        private String author;
        private final Set<PostStatus> statuses = EnumSet.noneOf(PostStatus.class);
        private Instant publishedFrom;
        private Instant publishedBefore;
        private SearchSort sort = SearchSort.RELEVANCE;
        private int limit = DEFAULT_LIMIT;
        private String cursor;
        private boolean highlight = true;
        private boolean facets;
        private boolean includeUnpublished;

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        /** Adds tags every hit must have. */
        public Builder tag(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        /** Adds statuses to include; none added means every visible status. */
        public Builder status(PostStatus... statuses) {
            this.statuses.addAll(List.of(statuses));
            return this;
        }

        /** Only posts published at or after {@code from} and before {@code before}; either may be null. */
        public Builder publishedBetween(Instant from, Instant before) {
            this.publishedFrom = from;
            this.publishedBefore = before;
            return this;
        }

        public Builder sort(SearchSort sort) {
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

        public Builder highlight(boolean highlight) {
            this.highlight = highlight;
            return this;
        }

        public Builder facets(boolean facets) {
            this.facets = facets;
            return this;
        }

        /** Whether drafts, scheduled and archived posts are searched too: for editors, never for the public. */
        public Builder includeUnpublished(boolean includeUnpublished) {
            this.includeUnpublished = includeUnpublished;
            return this;
        }

        /** @throws InvalidQueryException if the limit or the publish range is out of bounds, or a status is not visible */
        public SearchQuery build() {
            return new SearchQuery(text, tags, author, statuses, publishedFrom, publishedBefore, sort, limit, cursor,
                    highlight, facets, includeUnpublished);
        }
    }
}
