package dev.cloudblog.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A log's node storage in memory, filled the way a log would: each leaf hash as node {@code (0, i)}
 * plus the nodes {@link MerkleTree#append} reports. It fails the test on a read of a node it does
 * not hold.
 */
final class StoredNodes implements NodeReader {

    private record Id(int level, long index) {
    }

    private final Map<Id, byte[]> nodes = new HashMap<>();
    private final List<NewNode> appended = new ArrayList<>();
    private long size;

    /** Stores the leaves, one append at a time. */
    static StoredNodes of(List<byte[]> leafHashes) {
        StoredNodes stored = new StoredNodes();
        leafHashes.forEach(stored::append);
        return stored;
    }

    /** Appends one leaf, checking that the append reads nothing beyond the current tree. */
    List<NewNode> append(byte[] leafHash) {
        List<NewNode> completed = MerkleTree.append(size, leafHash, within(size));
        nodes.put(new Id(0, size), leafHash);
        for (NewNode node : completed) {
            assertThat(nodes.put(new Id(node.level(), node.index()), node.hash()))
                    .as("node (%d, %d) reported twice", node.level(), node.index())
                    .isNull();
        }
        appended.addAll(completed);
        size++;
        return completed;
    }

    /** Every node all appends so far reported, in order. */
    List<NewNode> appended() {
        return appended;
    }

    /**
     * A reader of the nodes that fails the test on a read of a node that is not complete within
     * {@code treeSize}, which {@link NodeReader} promises never happens.
     */
    NodeReader within(long treeSize) {
        return (level, index) -> {
            assertThat(index + 1)
                    .as("node (%d, %d) is not complete within tree size %d", level, index, treeSize)
                    .isLessThanOrEqualTo(treeSize >>> level);
            return node(level, index);
        };
    }

    @Override
    public byte[] node(int level, long index) {
        byte[] hash = nodes.get(new Id(level, index));
        assertThat(hash).as("node (%d, %d) is not stored", level, index).isNotNull();
        return hash;
    }
}
