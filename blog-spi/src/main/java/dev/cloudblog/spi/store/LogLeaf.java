package dev.cloudblog.spi.store;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A leaf of the revision log: the hash of one revision's canonical bytes, or of a deletion.
 *
 * @param index    the position in the log, from 0
 * @param postId   the post
 * @param revision the revision number; for a deletion, the version that was deleted
 * @param kind     what the leaf records
 * @param hash     the 32-byte leaf hash; not copied, never to be changed
 */
public record LogLeaf(long index, String postId, long revision, Kind kind, byte[] hash) {

    /** What a leaf records. */
    public enum Kind {
        /** A stored revision. */
        REVISION,
        /** The deletion of a post with its history. */
        DELETION
    }

    public LogLeaf {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hash, "hash");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative but was " + index);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogLeaf leaf && index == leaf.index && revision == leaf.revision
                && postId.equals(leaf.postId) && kind == leaf.kind && Arrays.equals(hash, leaf.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, postId, revision, kind, Arrays.hashCode(hash));
    }

    @Override
    public String toString() {
        return "LogLeaf[" + index + ", " + postId + "@" + revision + " " + kind + ", " + HexFormat.of().formatHex(hash)
                + "]";
    }
}
