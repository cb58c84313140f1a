package dev.cloudblog.api.post;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing.
 *
 * @param items      the items, in the query's order
 * @param nextCursor the cursor of the next page, or {@code null} when this is the last one
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor != null;
    }

    /** The cursor of the next page, if any. */
    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
