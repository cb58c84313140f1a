package dev.cloudblog.api.search;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param total how many posts matched in all
 * @param hits  the best of them, best first
 */
public record SearchResults(long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
