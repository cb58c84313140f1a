package dev.cloudblog.providers.ethereum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A checkpoint whose transaction was sent but is not confirmed yet, with every transaction sent
 * for it: the first, and any that replaced it or took a fresh nonce after it was dropped. Any of
 * them being mined anchors the checkpoint.
 *
 * @param treeSize the checkpoint's tree size
 * @param root     the checkpoint's root, hex with 0x
 * @param sent      the transactions sent for it, oldest first; never empty
 * @param firstSent when the oldest was sent
 * @param lastSent  when the newest was sent
 */
record PendingAnchor(long treeSize, String root, List<SignedTransaction> sent, Instant firstSent, Instant lastSent) {

    /** A checkpoint's first transaction, sent at {@code when}. */
    PendingAnchor(long treeSize, String root, SignedTransaction first, Instant when) {
        this(treeSize, root, List.of(first), when, when);
    }

    PendingAnchor {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(firstSent, "firstSent");
        Objects.requireNonNull(lastSent, "lastSent");
        sent = List.copyOf(sent);
        if (sent.isEmpty()) {
            throw new IllegalArgumentException("a pending anchor has sent at least one transaction");
        }
    }

    /** The transaction sent last. */
    SignedTransaction latest() {
        return sent.get(sent.size() - 1);
    }

    /** This pending anchor with one more transaction sent at {@code when}. */
    PendingAnchor plus(SignedTransaction transaction, Instant when) {
        List<SignedTransaction> all = new ArrayList<>(sent);
        all.add(transaction);
        return new PendingAnchor(treeSize, root, all, firstSent, when);
    }
}
