package dev.cloudblog.api.search;

import java.util.Objects;

/**
 * A search request.
 *
 * @param text  the user's query text
 * @param limit how many hits to return, 1 to 100
 */
public record SearchQuery(String text, int limit) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100 but was " + limit);
        }
    }

    /** A query for {@code text} returning ten hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, 10);
    }
}
