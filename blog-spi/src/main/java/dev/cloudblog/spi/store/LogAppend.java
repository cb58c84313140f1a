package dev.cloudblog.spi.store;

import java.util.List;
import java.util.Objects;

/**
 * Leaves appended to the revision log in one atomic step, with the perfect subtree hashes of
 * level 1 and above that they complete.
 *
 * @param leaves the new leaves, with consecutive indexes starting at the log's current size
 * @param nodes  the subtree hashes the leaves complete
 */
public record LogAppend(List<LogLeaf> leaves, List<LogNode> nodes) {

    public LogAppend {
        leaves = List.copyOf(leaves);
        nodes = List.copyOf(nodes);
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one leaf");
        }
        for (int i = 1; i < leaves.size(); i++) {
            if (leaves.get(i).index() != leaves.get(0).index() + i) {
                throw new IllegalArgumentException("leaf indexes must be consecutive: " + leaves);
            }
        }
        nodes.forEach(node -> Objects.requireNonNull(node, "node"));
    }

    /** The index of the first leaf, which must equal the log's size when appended. */
    public long firstIndex() {
        return leaves.get(0).index();
    }
}
