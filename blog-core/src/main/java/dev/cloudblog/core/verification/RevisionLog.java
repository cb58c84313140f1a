package dev.cloudblog.core.verification;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.checkpoint.CheckpointBody;
import dev.cloudblog.core.checkpoint.CheckpointException;
import dev.cloudblog.core.checkpoint.CheckpointSigner;
import dev.cloudblog.core.event.DurableConsumer;
import dev.cloudblog.core.merkle.MerkleTree;
import dev.cloudblog.core.merkle.NewNode;
import dev.cloudblog.core.merkle.TreeHasher;
import dev.cloudblog.spi.Backoff;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.spi.store.LogAppend;
import dev.cloudblog.spi.store.LogConflictException;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.LogNode;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.StoredCheckpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only revision log: turns committed events into leaves (one per revision, one per
 * deletion), cuts signed checkpoints in batches and has them anchored.
 *
 * <p>Leaves are appended by the outbox relay before it acknowledges the events, so a crash never
 * leaves a revision without its leaf; appending is idempotent, so events relayed twice log once.
 * Each append stores the leaves and the perfect subtree hashes they complete, in O(log n) reads
 * and writes per leaf, never O(n). A checkpoint is cut once {@code leavesPerCheckpoint} leaves
 * have come since the last one, or by {@link #cutIfDue()} once {@code checkpointInterval} has passed
 * with any new leaf: never one per post. Checkpoints are anchored by {@link #anchorPending()} (or
 * {@link #cut()}), away from the outbox. The anchoring still to do is the stored checkpoints that
 * lack an anchorer's receipt, so it survives a restart: it is read from the store at construction.
 * A failed anchoring is retried at a later tick, after a delay set by {@code anchorRetry} for that
 * anchorer and checkpoint, and logged at the 1st, 2nd, 4th, 8th... failure.
 *
 * <p>Meters: {@code blog.log.leaves} counts leaves appended, {@code blog.log.checkpoints}
 * checkpoints cut, {@code blog.log.anchor.failures} anchoring attempts that failed.
 */
public final class RevisionLog implements DurableConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(RevisionLog.class);
    private static final int MAX_APPEND_ATTEMPTS = 5;

    private final PostStore store;
    private final CheckpointSigner signer;
    private final String origin;
    private final Map<String, Anchorer> anchorers;
    private final Clock clock;
    private final int leavesPerCheckpoint;
    private final Duration checkpointInterval;
    private final Counter leavesAppended;
    private final Counter checkpointsCut;
    private final Counter anchorFailures;
    private final Set<Long> unanchored = new ConcurrentSkipListSet<>();
    private final Backoff anchorRetry;
    private final Map<String, Integer> failedAttempts = new ConcurrentHashMap<>();
    private final Map<String, Instant> nextAttempt = new ConcurrentHashMap<>();
    private final Object anchorLock = new Object();

    /**
     * @param anchorers   the active anchorers by provider name
     * @param anchorRetry how long to wait before anchoring a checkpoint again after a failure
     */
    public RevisionLog(PostStore store, CheckpointSigner signer, String origin, Map<String, Anchorer> anchorers,
                       Clock clock, int leavesPerCheckpoint, Duration checkpointInterval, Backoff anchorRetry,
                       MeterRegistry registry) {
        this.store = store;
        this.signer = signer;
        this.origin = origin;
        this.anchorers = Map.copyOf(anchorers);
        this.clock = clock;
        this.leavesPerCheckpoint = leavesPerCheckpoint;
        this.checkpointInterval = checkpointInterval;
        this.anchorRetry = anchorRetry;
        this.leavesAppended = Counter.builder("blog.log.leaves").description("Leaves appended to the revision log")
                .register(registry);
        this.checkpointsCut = Counter.builder("blog.log.checkpoints").description("Signed checkpoints cut")
                .register(registry);
        this.anchorFailures = Counter.builder("blog.log.anchor.failures")
                .description("Anchoring attempts that failed; retried after a backoff").register(registry);
        this.anchorers.keySet().forEach(name -> unanchored.addAll(store.checkpointsWithoutAnchor(name)));
    }

    /** Appends the leaves of committed events not logged yet, then cuts a checkpoint if the batch is full. */
    @Override
    public synchronized void accept(List<BlogEvent> events) {
        for (int attempt = 1; ; attempt++) {
            try {
                appendOnce(events);
                break;
            } catch (LogConflictException e) {
                if (attempt == MAX_APPEND_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Another node appended to the revision log first; appending again", e);
            }
        }
        long uncovered = store.logSize() - store.latestCheckpoint().map(StoredCheckpoint::treeSize).orElse(0L);
        if (uncovered >= leavesPerCheckpoint) {
            cutUnanchored();
        }
    }

    private void appendOnce(List<BlogEvent> events) {
        long size = store.logSize();
        StoreNodes nodes = new StoreNodes(store);
        List<LogLeaf> leaves = new ArrayList<>();
        List<LogNode> completed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BlogEvent event : events) {
            LogLeaf.Kind kind = event instanceof PostEvent.Deleted ? LogLeaf.Kind.DELETION : LogLeaf.Kind.REVISION;
            if (!seen.add(kind + ":" + event.postId() + "@" + event.version())
                    || store.findLogLeaf(event.postId(), event.version(), kind).isPresent()) {
                continue;
            }
            Optional<byte[]> bytes = kind == LogLeaf.Kind.DELETION
                    ? Optional.of(CanonicalRevision.deletion(event.postId(), event.version()))
                    : store.revision(event.postId(), event.version())
                            .map(revision -> CanonicalRevision.bytes(RevisionContent.of(revision)));
            if (bytes.isEmpty()) {
                if (store.findById(event.postId()).isPresent()) {
                    throw new IllegalStateException("revision " + event.version() + " of post '" + event.postId()
                            + "' is missing from the store; its event stays in the outbox");
                }
                continue; // deleted since: its deletion leaf follows in the outbox
            }
            long index = size + leaves.size();
            byte[] hash = TreeHasher.leafHash(bytes.get());
            leaves.add(new LogLeaf(index, event.postId(), event.version(), kind, hash));
            nodes.add(0, index, hash);
            for (NewNode node : MerkleTree.append(index, hash, nodes)) {
                nodes.add(node.level(), node.index(), node.hash());
                completed.add(new LogNode(node.level(), node.index(), node.hash()));
            }
        }
        if (!leaves.isEmpty()) {
            store.appendToLog(new LogAppend(leaves, completed));
            leavesAppended.increment(leaves.size());
        }
    }

    /**
     * Cuts a checkpoint when its time has come: {@code checkpointInterval} since the last, with new
     * leaves. Called periodically by the engine.
     */
    public synchronized void cutIfDue() {
        Optional<StoredCheckpoint> latest = store.latestCheckpoint();
        boolean uncovered = store.logSize() > latest.map(StoredCheckpoint::treeSize).orElse(0L);
        boolean due = latest.map(c -> !clock.instant().isBefore(c.createdAt().plus(checkpointInterval)))
                .orElse(true);
        if (uncovered && due) {
            cutUnanchored();
        }
    }

    /** Cuts a checkpoint now if any leaf is not covered yet, anchors it, and returns the latest checkpoint. */
    public Optional<StoredCheckpoint> cut() {
        synchronized (this) {
            cutUnanchored();
        }
        anchorPending();
        return store.latestCheckpoint();
    }

    /** Signs and stores a checkpoint of the whole log, if it has uncovered leaves; anchoring comes later. */
    private void cutUnanchored() {
        long size = store.logSize();
        if (size == 0 || store.latestCheckpoint().map(StoredCheckpoint::treeSize).orElse(0L) == size) {
            return;
        }
        byte[] root = MerkleTree.rootHash(new StoreNodes(store), size);
        store.saveCheckpoint(new StoredCheckpoint(size, signer.sign(new CheckpointBody(origin, size, root)),
                clock.instant(), List.of()));
        checkpointsCut.increment();
        if (!anchorers.isEmpty()) {
            unanchored.add(size);
        }
    }

    /**
     * Has every anchorer record the checkpoints it has not recorded yet, skipping those whose last
     * failure is more recent than their backoff. Blocks while anchors record, outside the lock that
     * appends take, so it never holds up the outbox; the engine calls it on a thread of its own, so
     * a slow chain never holds up the blog's other background work either.
     */
    public void anchorPending() {
        synchronized (anchorLock) {
            for (Long size : List.copyOf(unanchored)) {
                Optional<StoredCheckpoint> checkpoint = store.checkpointCovering(size - 1)
                        .filter(found -> found.treeSize() == size);
                if (checkpoint.isEmpty() || anchorMissing(checkpoint.get())) {
                    unanchored.remove(size);
                }
            }
        }
    }

    /** Has every anchorer without a receipt record the checkpoint; whether all now have one. */
    private boolean anchorMissing(StoredCheckpoint checkpoint) {
        Set<String> anchored = new HashSet<>();
        checkpoint.anchors().forEach(anchor -> anchored.add(anchor.anchorer()));
        boolean complete = true;
        for (Map.Entry<String, Anchorer> entry : anchorers.entrySet()) {
            if (anchored.contains(entry.getKey())) {
                continue;
            }
            String attempt = entry.getKey() + "@" + checkpoint.treeSize();
            Instant due = nextAttempt.get(attempt);
            if (due != null && clock.instant().isBefore(due)) {
                complete = false;
                continue;
            }
            try {
                store.addAnchor(checkpoint.treeSize(), entry.getValue().anchor(toApi(checkpoint)));
                failedAttempts.remove(attempt);
                nextAttempt.remove(attempt);
            } catch (RuntimeException e) {
                complete = false;
                anchorFailures.increment();
                int failures = failedAttempts.merge(attempt, 1, Integer::sum);
                Duration delay = anchorRetry.delay(failures);
                nextAttempt.put(attempt, clock.instant().plus(delay));
                if (Integer.bitCount(failures) == 1) {
                    LOG.warn("Anchor '{}' could not record the checkpoint of {} leaves (attempt {}); retrying in {}",
                            entry.getKey(), checkpoint.treeSize(), failures, delay, e);
                }
            }
        }
        return complete;
    }

    /**
     * The API form of a stored checkpoint; its signature is not checked here.
     *
     * @throws IllegalStateException if the stored note is not a signed checkpoint
     */
    static Checkpoint toApi(StoredCheckpoint checkpoint) {
        String note = checkpoint.signedNote();
        int end = note.indexOf("\n\n");
        CheckpointBody body;
        try {
            body = CheckpointBody.parse(end < 0 ? note : note.substring(0, end + 1));
        } catch (CheckpointException e) {
            throw new IllegalStateException("the stored checkpoint of " + checkpoint.treeSize()
                    + " leaves is corrupt: " + e.getMessage(), e);
        }
        return new Checkpoint(body.origin(), body.treeSize(), Base64.getEncoder().encodeToString(body.rootHash()),
                checkpoint.signedNote());
    }

    /** Whether any anchorer is active, so that {@link #anchorPending()} has work to do. */
    public boolean anchors() {
        return !anchorers.isEmpty();
    }

    /** When the engine should call {@link #cutIfDue()}: often enough to honour the interval. */
    public Duration tickInterval() {
        Duration tenth = checkpointInterval.dividedBy(10);
        return tenth.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : tenth;
    }
}
