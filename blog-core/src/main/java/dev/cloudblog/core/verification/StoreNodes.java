package dev.cloudblog.core.verification;

import dev.cloudblog.core.merkle.NodeReader;
import dev.cloudblog.spi.store.PostStore;
import java.util.HashMap;
import java.util.Map;

/**
 * The revision log's subtree hashes as a {@link NodeReader}: those of a pending append first,
 * then the store's. Not thread-safe; one per append or proof.
 */
final class StoreNodes implements NodeReader {

    private final PostStore store;
    private final Map<Long, byte[]>[] pending;

    @SuppressWarnings("unchecked")
    StoreNodes(PostStore store) {
        this.store = store;
        this.pending = new Map[64];
    }

    /** Makes a node of a pending append visible before it is stored. */
    void add(int level, long index, byte[] hash) {
        if (pending[level] == null) {
            pending[level] = new HashMap<>();
        }
        pending[level].put(index, hash);
    }

    @Override
    public byte[] node(int level, long index) {
        byte[] hash = pending[level] == null ? null : pending[level].get(index);
        if (hash != null) {
            return hash;
        }
        return store.logNode(level, index).orElseThrow(() -> new IllegalStateException(
                "the revision log lacks the subtree hash at level " + level + ", index " + index));
    }
}
