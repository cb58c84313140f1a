package dev.cloudblog.core.verification;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.verification.AuditReport;
import dev.cloudblog.api.verification.AuditReport.Finding;
import dev.cloudblog.api.verification.AuditReport.Kind;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.checkpoint.CheckpointBody;
import dev.cloudblog.core.checkpoint.CheckpointException;
import dev.cloudblog.core.checkpoint.CheckpointVerifier;
import dev.cloudblog.core.merkle.MerkleTree;
import dev.cloudblog.core.merkle.TreeHasher;
import dev.cloudblog.spi.store.Keyset;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.StoredCheckpoint;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One audit of the revision log against the store: every revision leaf is recomputed from the
 * stored revision; every stored checkpoint's signature is checked and its root compared with the
 * root of the leaf hashes at its size, and the latest one's also with the stored subtree hashes;
 * and every stored revision must have a leaf. A revision missing from the store is expected only
 * once its post's deletion is logged. Writes that land while the audit runs are not findings:
 * posts created after it started are left for the next audit, and each suspect is checked again
 * after the outbox has been caught up. Reads the log twice and the posts once, in pages.
 */
final class LogAudit {

    private static final int PAGE = 1_000;

    private final PostStore store;
    private final CheckpointVerifier checkpoints;
    private final Runnable catchUp;
    private final Instant startedAt;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> suspects = new ArrayList<>();

    /**
     * @param catchUp   brings the log up to date with the outbox
     * @param startedAt posts created later are left out
     */
    LogAudit(PostStore store, CheckpointVerifier checkpoints, Runnable catchUp, Instant startedAt) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.catchUp = catchUp;
        this.startedAt = startedAt;
    }

    AuditReport run() {
        Set<String> deleted = deletedPosts();
        TreeMap<Long, StoredCheckpoint> checkpointsBySize = new TreeMap<>();
        for (Optional<StoredCheckpoint> next = store.checkpointCovering(0); next.isPresent();
             next = store.checkpointCovering(next.get().treeSize())) {
            checkpointsBySize.put(next.get().treeSize(), next.get());
        }
        Map<Long, byte[]> rootsOfLeaves = new HashMap<>();
        CompactRange range = new CompactRange();
        long leaves = 0;
        long next = 0;
        List<LogLeaf> page;
        do {
            page = store.logLeaves(next, PAGE);
            for (LogLeaf leaf : page) {
                checkLeaf(leaf, deleted);
                range.add(leaf.hash());
                leaves++;
                if (checkpointsBySize.containsKey(leaves)) {
                    rootsOfLeaves.put(leaves, range.root());
                }
            }
            next += page.size();
        } while (page.size() == PAGE);
        for (StoredCheckpoint checkpoint : checkpointsBySize.values()) {
            checkCheckpoint(checkpoint, rootsOfLeaves.get(checkpoint.treeSize()), leaves,
                    checkpoint.treeSize() == checkpointsBySize.lastKey());
        }
        long revisions = checkRevisionsLogged();
        recheckSuspects();
        return new AuditReport(leaves, revisions, findings);
    }

    /** Catches the log up with the outbox and keeps only the suspects that still look wrong. */
    private void recheckSuspects() {
        if (suspects.isEmpty()) {
            return;
        }
        catchUp.run();
        Set<String> deletedNow = suspects.stream().anyMatch(s -> s.kind() == Kind.REVISION_MISSING)
                ? deletedPosts() : Set.of();
        for (Finding suspect : suspects) {
            boolean stillWrong = switch (suspect.kind()) {
                case REVISION_NOT_LOGGED -> store.revision(suspect.postId(), suspect.revision()).isPresent()
                        && store.findLogLeaf(suspect.postId(), suspect.revision(), LogLeaf.Kind.REVISION).isEmpty();
                case REVISION_MISSING -> store.revision(suspect.postId(), suspect.revision()).isEmpty()
                        && !deletedNow.contains(suspect.postId());
                default -> true;
            };
            if (stillWrong) {
                findings.add(suspect);
            }
        }
        findings.sort(Comparator.comparingLong(Finding::leafIndex));
    }

    /** The posts whose deletion the log records. */
    private Set<String> deletedPosts() {
        Set<String> deleted = new HashSet<>();
        forEachLeaf(leaf -> {
            if (leaf.kind() == LogLeaf.Kind.DELETION) {
                deleted.add(leaf.postId());
            }
        });
        return deleted;
    }

    private void checkLeaf(LogLeaf leaf, Set<String> deleted) {
        if (leaf.kind() == LogLeaf.Kind.DELETION) {
            if (!Arrays.equals(leaf.hash(), TreeHasher.leafHash(CanonicalRevision.deletion(leaf.postId(),
                    leaf.revision())))) {
                findings.add(new Finding(Kind.CONTENT_CHANGED, leaf.postId(), leaf.revision(), leaf.index(),
                        "the deletion leaf does not hash the deletion of this post"));
            }
            return;
        }
        Optional<Revision> revision = store.revision(leaf.postId(), leaf.revision());
        if (revision.isEmpty()) {
            if (!deleted.contains(leaf.postId())) {
                suspects.add(new Finding(Kind.REVISION_MISSING, leaf.postId(), leaf.revision(), leaf.index(),
                        "leaf " + leaf.index() + " logs revision " + leaf.revision() + " of post '" + leaf.postId()
                                + "', which the store no longer has, though the post was never deleted"));
            }
            return;
        }
        byte[] recomputed = TreeHasher.leafHash(CanonicalRevision.bytes(RevisionContent.of(revision.get())));
        if (!Arrays.equals(recomputed, leaf.hash())) {
            findings.add(new Finding(Kind.CONTENT_CHANGED, leaf.postId(), leaf.revision(), leaf.index(),
                    "revision " + leaf.revision() + " of post '" + leaf.postId() + "' hashes to " + base64(recomputed)
                            + " but leaf " + leaf.index() + " holds " + base64(leaf.hash())));
        }
    }

    private void checkCheckpoint(StoredCheckpoint checkpoint, byte[] rootOfLeaves, long leaves, boolean latest) {
        CheckpointBody body;
        try {
            body = checkpoints.verify(checkpoint.signedNote());
        } catch (CheckpointException e) {
            findings.add(new Finding(Kind.LOG_ROOT_MISMATCH, null, 0, -1, "the checkpoint of "
                    + checkpoint.treeSize() + " leaves does not verify: " + e.getMessage()));
            return;
        }
        if (rootOfLeaves == null) {
            findings.add(new Finding(Kind.LOG_ROOT_MISMATCH, null, 0, -1, "a checkpoint covers "
                    + checkpoint.treeSize() + " leaves but the log holds " + leaves));
            return;
        }
        if (!Arrays.equals(rootOfLeaves, body.rootHash())) {
            findings.add(new Finding(Kind.LOG_ROOT_MISMATCH, null, 0, -1, "the leaves give root "
                    + base64(rootOfLeaves) + " at size " + body.treeSize() + " but the checkpoint signed "
                    + base64(body.rootHash())));
        }
        if (!latest) {
            return;
        }
        byte[] rootOfNodes;
        try {
            rootOfNodes = MerkleTree.rootHash(new StoreNodes(store), body.treeSize());
        } catch (IllegalStateException e) {
            findings.add(new Finding(Kind.LOG_ROOT_MISMATCH, null, 0, -1, e.getMessage()));
            return;
        }
        if (!Arrays.equals(rootOfNodes, body.rootHash())) {
            findings.add(new Finding(Kind.LOG_ROOT_MISMATCH, null, 0, -1, "the stored subtree hashes give root "
                    + base64(rootOfNodes) + " but the checkpoint signed " + base64(body.rootHash())));
        }
    }

    private long checkRevisionsLogged() {
        long revisions = 0;
        Keyset after = null;
        List<Post> page;
        do {
            page = store.query(new PostCriteria(Set.of(), null, null, null, null, PostSort.OLDEST, after, PAGE));
            for (Post post : page) {
                if (post.createdAt().isAfter(startedAt)) {
                    return revisions;
                }
                for (Revision revision : store.revisions(post.id())) {
                    revisions++;
                    if (store.findLogLeaf(post.id(), revision.number(), LogLeaf.Kind.REVISION).isEmpty()) {
                        suspects.add(new Finding(Kind.REVISION_NOT_LOGGED, post.id(), revision.number(), -1,
                                "revision " + revision.number() + " of post '" + post.id() + "' has no leaf"));
                    }
                }
            }
            after = page.isEmpty() ? null : Keyset.after(page.get(page.size() - 1), PostSort.OLDEST);
        } while (page.size() == PAGE);
        return revisions;
    }

    private void forEachLeaf(Consumer<LogLeaf> action) {
        long next = 0;
        List<LogLeaf> page;
        do {
            page = store.logLeaves(next, PAGE);
            page.forEach(action);
            next += page.size();
        } while (page.size() == PAGE);
    }

    private static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }

    /** The right edge of a tree being built leaf by leaf: its perfect subtrees, largest first. */
    private static final class CompactRange {
        private final Deque<Long> sizes = new ArrayDeque<>();
        private final Deque<byte[]> hashes = new ArrayDeque<>();

        void add(byte[] leafHash) {
            long size = 1;
            byte[] hash = leafHash;
            while (!sizes.isEmpty() && sizes.peekLast() == size) {
                sizes.removeLast();
                hash = TreeHasher.nodeHash(hashes.removeLast(), hash);
                size *= 2;
            }
            sizes.addLast(size);
            hashes.addLast(hash);
        }

        byte[] root() {
            if (hashes.isEmpty()) {
                return TreeHasher.emptyRoot();
            }
            Iterator<byte[]> fromRight = hashes.descendingIterator();
            byte[] root = fromRight.next();
            while (fromRight.hasNext()) {
                root = TreeHasher.nodeHash(fromRight.next(), root);
            }
            return root;
        }
    }
}
