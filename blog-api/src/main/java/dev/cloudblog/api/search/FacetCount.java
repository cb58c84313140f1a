package dev.cloudblog.api.search;

import java.util.Objects;

/**
 * How many matching posts have one value of a facet.
 *
 * @param value the tag or author
 * @param count the number of matching posts with it, at least 1
 */
public record FacetCount(String value, long count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive but was " + count);
        }
    }
}
