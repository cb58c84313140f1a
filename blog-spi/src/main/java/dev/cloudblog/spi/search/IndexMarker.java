package dev.cloudblog.spi.search;

import java.util.Objects;

/**
 * Where a search index stands in the store's revision log: it reflects every change recorded in
 * the first {@code position} leaves. The hash of the last of them tells an index of this store
 * from one of another store that happens to have the same length.
 *
 * @param position     how many leaves of the revision log the index reflects
 * @param lastLeafHash the hex hash of leaf {@code position - 1}; empty when {@code position} is 0
 */
public record IndexMarker(long position, String lastLeafHash) {

    /** The marker of an index built from an empty log. */
    public static final IndexMarker START = new IndexMarker(0, "");

    public IndexMarker {
        Objects.requireNonNull(lastLeafHash, "lastLeafHash");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative but was " + position);
        }
        if ((position == 0) != lastLeafHash.isEmpty()) {
            throw new IllegalArgumentException("lastLeafHash must be empty exactly when position is 0, but "
                    + "position was " + position + " and lastLeafHash '" + lastLeafHash + "'");
        }
    }
}
