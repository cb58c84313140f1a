package dev.cloudblog.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.core.checkpoint.CheckpointSigner;
import dev.cloudblog.core.checkpoint.SigningKeys;
import dev.cloudblog.core.merkle.MerkleTree;
import dev.cloudblog.core.merkle.TreeHasher;
import dev.cloudblog.core.store.MemoryPostStoreProvider;
import dev.cloudblog.spi.Backoff;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.StoredCheckpoint;
import dev.cloudblog.tck.MutableClock;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.TestPosts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The revision log")
class RevisionLogTest {

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final PostStore store = new MemoryPostStoreProvider().create(ProviderContexts.context(Map.of(), clock,
            executor));
    private final CheckpointSigner signer = new CheckpointSigner("test.example/log", SigningKeys.generate());

    @AfterEach
    void close() {
        executor.shutdownNow();
    }

    private RevisionLog log(int leavesPerCheckpoint) {
        return log(leavesPerCheckpoint, Map.of());
    }

    private RevisionLog log(int leavesPerCheckpoint, Map<String, Anchorer> anchorers) {
        return new RevisionLog(store, signer, "test.example/log", anchorers, clock, leavesPerCheckpoint,
                Duration.ofMinutes(1), new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1)),
                new SimpleMeterRegistry());
    }

    /** An anchorer that fails while {@code down} is set and counts its attempts. */
    private final class FlakyAnchorer implements Anchorer {

        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public Anchor anchor(Checkpoint checkpoint) {
            attempts.incrementAndGet();
            if (down.get()) {
                throw new IllegalStateException("the anchor's network cannot be reached");
            }
            return new Anchor("flaky", "test", "size-" + checkpoint.treeSize(), clock.instant());
        }

        @Override
        public VerificationResult check(Checkpoint checkpoint, Anchor anchor) {
            return VerificationResult.success();
        }
    }

    @Test
    @DisplayName("a failed anchoring is retried after a doubling delay, and not before")
    void backsOffAnchoring() {
        FlakyAnchorer anchorer = new FlakyAnchorer();
        anchorer.down.set(true);
        RevisionLog log = log(1, Map.of("flaky", anchorer));

        log.accept(commitPosts(1));
        log.anchorPending();
        log.anchorPending();
        assertThat(anchorer.attempts).as("no second attempt within the first second").hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        log.anchorPending();
        clock.advance(Duration.ofSeconds(1));
        log.anchorPending();
        assertThat(anchorer.attempts).as("the second delay is two seconds").hasValue(2);
        anchorer.down.set(false);
        clock.advance(Duration.ofSeconds(1));
        log.anchorPending();

        assertThat(anchorer.attempts).hasValue(3);
        assertThat(store.latestCheckpoint().orElseThrow().anchors()).extracting(Anchor::reference)
                .containsExactly("size-1");
    }

    @Test
    @DisplayName("checkpoints cut but not anchored before a restart are anchored by the log opened after it")
    void anchorsWhatARestartLeftPending() {
        FlakyAnchorer before = new FlakyAnchorer();
        before.down.set(true);
        RevisionLog first = log(2, Map.of("flaky", before));
        List<BlogEvent> events = commitPosts(4);
        first.accept(events.subList(0, 2));
        first.accept(events.subList(2, 4));
        assertThat(store.checkpointsWithoutAnchor("flaky")).containsExactly(2L, 4L);

        FlakyAnchorer after = new FlakyAnchorer();
        log(2, Map.of("flaky", after)).anchorPending();

        assertThat(store.checkpointsWithoutAnchor("flaky")).isEmpty();
        assertThat(store.checkpointCovering(0).orElseThrow().anchors()).extracting(Anchor::reference)
                .containsExactly("size-2");
        assertThat(store.latestCheckpoint().orElseThrow().anchors()).extracting(Anchor::reference)
                .containsExactly("size-4");
    }

    private List<BlogEvent> commitPosts(int count) {
        for (int i = 0; i < count; i++) {
            store.save(TestPosts.write(TestPosts.draft("post-" + i, "slug-" + i, "Post " + i, clock.instant())));
        }
        return store.pendingEvents(10_000).stream().map(OutboxRecord::event).toList();
    }

    @Test
    @DisplayName("a batch relayed twice is logged once, each leaf hashing its revision's canonical bytes")
    void appendsIdempotently() {
        List<BlogEvent> events = commitPosts(5);
        RevisionLog log = log(1_000);

        log.accept(events);
        log.accept(events);
        log.accept(events.subList(2, 4));

        assertThat(store.logSize()).isEqualTo(5);
        List<LogLeaf> leaves = store.logLeaves(0, 10);
        for (LogLeaf leaf : leaves) {
            assertThat(leaf.hash()).isEqualTo(TreeHasher.leafHash(CanonicalRevision.bytes(
                    RevisionContent.of(store.revision(leaf.postId(), leaf.revision()).orElseThrow()))));
        }
    }

    @Test
    @DisplayName("two nodes appending the same events at once log each revision exactly once, in one consistent tree")
    void toleratesRacingNodes() throws Exception {
        List<BlogEvent> events = commitPosts(200);
        List<RevisionLog> nodes = List.of(log(1_000), log(1_000));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (RevisionLog node : nodes) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int from = 0; from < events.size(); from += 10) {
                        node.accept(events.subList(from, from + 10));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.logSize()).isEqualTo(200);
        assertThat(store.logLeaves(0, 300)).extracting(LogLeaf::postId).doesNotHaveDuplicates();
        StoreNodes rebuilt = new StoreNodes(new MemoryPostStoreProvider().create(
                ProviderContexts.context(Map.of(), clock, executor)));
        List<LogLeaf> leaves = store.logLeaves(0, 300);
        for (LogLeaf leaf : leaves) {
            rebuilt.add(0, leaf.index(), leaf.hash());
            MerkleTree.append(leaf.index(), leaf.hash(), rebuilt)
                    .forEach(node -> rebuilt.add(node.level(), node.index(), node.hash()));
        }
        assertThat(MerkleTree.rootHash(new StoreNodes(store), 200))
                .as("the stored subtree hashes agree with the stored leaves")
                .isEqualTo(MerkleTree.rootHash(rebuilt, 200));
    }

    @Test
    @DisplayName("a full batch cuts a signed checkpoint of the whole log; a smaller one does not")
    void cutsWhenFull() {
        RevisionLog log = log(4);
        List<BlogEvent> events = commitPosts(6);

        log.accept(events.subList(0, 3));
        assertThat(store.latestCheckpoint()).isEmpty();
        log.accept(events.subList(3, 6));
        assertThat(store.latestCheckpoint()).map(StoredCheckpoint::treeSize).contains(6L);
        assertThat(signer.verifier().verify(store.latestCheckpoint().orElseThrow().signedNote()).rootHash())
                .isEqualTo(MerkleTree.rootHash(new StoreNodes(store), 6));
    }
}
