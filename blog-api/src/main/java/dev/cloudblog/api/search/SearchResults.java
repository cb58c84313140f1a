package dev.cloudblog.api.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a search.
 *
 * @param total      how many posts matched in all (exact)
 * @param hits       one page of them, in the query's order
 * @param facets     tag and author counts over all matches; {@link SearchFacets#NONE} unless asked for
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
public record SearchResults(long total, List<SearchHit> hits, SearchFacets facets, String nextCursor) {

    public SearchResults {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative but was " + total);
        }
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
    }

    /** Whether there is a next page. */
    public boolean hasMore() {
        return nextCursor != null;
    }
}
