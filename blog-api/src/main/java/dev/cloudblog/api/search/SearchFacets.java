package dev.cloudblog.api.search;

import java.util.List;

/**
 * Counts of the tags and authors of every post that matched a search (not only the page shown),
 * most frequent first, ties by value, at most {@value #MAX_VALUES} each.
 *
 * @param tags    matching posts per tag
 * @param authors matching posts per author
 */
public record SearchFacets(List<FacetCount> tags, List<FacetCount> authors) {

    /** How many values of each facet are returned at most. */
    public static final int MAX_VALUES = 20;
    /** No facets: the search did not ask for them. */
    public static final SearchFacets NONE = new SearchFacets(List.of(), List.of());

    public SearchFacets {
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
    }
}
