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
    private final Map<Position, byte[]> pending = new HashMap<>();

    StoreNodes(PostStore store) {
        this.store = store;
    }

    /** Makes a node of a pending append visible before it is stored. */
    void add(int level, long index, byte[] hash) {
        pending.put(new Position(level, index), hash);
    }

    @Override
    public byte[] node(int level, long index) {
        byte[] hash = pending.get(new Position(level, index));
        if (hash != null) {
            return hash;
        }
        return store.logNode(level, index).orElseThrow(() -> new IllegalStateException(
                "the revision log lacks the subtree hash at level " + level + ", index " + index));
    }

    private record Position(int level, long index) {
    }
}
