package dev.cloudblog.benchmarks;

import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.merkle.MerkleTree;
import dev.cloudblog.core.merkle.MerkleVerifier;
import dev.cloudblog.core.merkle.NewNode;
import dev.cloudblog.core.merkle.NodeReader;
import dev.cloudblog.core.merkle.TreeHasher;
import dev.cloudblog.core.store.MemoryPostStoreProvider;
import dev.cloudblog.core.verification.CanonicalRevision;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.LogAppend;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.LogNode;
import dev.cloudblog.spi.store.PostStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The revision log on the memory store, grown to {@code leaves} leaves before measuring:
 * appending a revision (canonical bytes, leaf hash, the subtree hashes it completes, the store
 * write), generating an inclusion proof for a random leaf, and verifying one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class RevisionLogBenchmark {

    private static final int BATCH = 10_000;
    private static final int PROOFS = 1_024;

    @Param("1000000")
    long leaves;

    private ScheduledExecutorService executor;
    private PostStore store;
    private NodeReader nodes;
    private long size;
    private SplittableRandom random;
    private long[] provenIndexes;
    private byte[][] provenLeaves;
    private List<List<byte[]>> proofs;
    private byte[] root;
    private long provenSize;
    private int nextProof;

    @Setup
    public void grow() {
        executor = Executors.newSingleThreadScheduledExecutor();
        store = new MemoryPostStoreProvider().create(new ProviderContext(Config.empty(), Clock.systemUTC(), executor,
                new SimpleMeterRegistry(), "bench"));
        nodes = (level, index) -> store.logNode(level, index).orElseThrow();
        while (size < leaves) {
            appendBatch((int) Math.min(BATCH, leaves - size));
        }
        random = new SplittableRandom(42);
        provenSize = size;
        root = MerkleTree.rootHash(nodes, provenSize);
        provenIndexes = new long[PROOFS];
        provenLeaves = new byte[PROOFS][];
        proofs = new ArrayList<>();
        for (int i = 0; i < PROOFS; i++) {
            provenIndexes[i] = random.nextLong(provenSize);
            provenLeaves[i] = store.logNode(0, provenIndexes[i]).orElseThrow();
            proofs.add(MerkleTree.inclusionProof(nodes, provenIndexes[i], provenSize));
        }
    }

    @TearDown
    public void close() {
        store.close();
        executor.shutdownNow();
    }

    private void appendBatch(int count) {
        List<LogLeaf> batch = new ArrayList<>(count);
        List<LogNode> completed = new ArrayList<>();
        java.util.Map<Long, byte[]> pending = new java.util.HashMap<>();
        NodeReader withPending = (level, index) -> {
            byte[] hash = pending.get((index << 6) | level);
            return hash != null ? hash : nodes.node(level, index);
        };
        for (int i = 0; i < count; i++) {
            long index = size + i;
            byte[] hash = leafHash(index);
            batch.add(new LogLeaf(index, "post-" + (index / 4), index % 4 + 1, LogLeaf.Kind.REVISION, hash));
            pending.put(index << 6, hash);
            for (NewNode node : MerkleTree.append(index, hash, withPending)) {
                pending.put((node.index() << 6) | node.level(), node.hash());
                completed.add(new LogNode(node.level(), node.index(), node.hash()));
            }
        }
        store.appendToLog(new LogAppend(batch, completed));
        size += count;
    }

    private static byte[] leafHash(long index) {
        return TreeHasher.leafHash(CanonicalRevision.bytes(new RevisionContent("post-" + (index / 4), index % 4 + 1,
                "a-post-worth-reading", "A post worth reading", "Some *Markdown* body of revision " + index,
                List.of("jmh"), "bench", "PUBLISHED", Instant.EPOCH)));
    }

    /** One revision appended: canonical bytes, leaf hash, completed subtree hashes, store write. */
    @Benchmark
    public long append() {
        long index = size;
        byte[] hash = leafHash(index);
        List<LogNode> completed = new ArrayList<>();
        for (NewNode node : MerkleTree.append(index, hash, nodes)) {
            completed.add(new LogNode(node.level(), node.index(), node.hash()));
        }
        store.appendToLog(new LogAppend(List.of(new LogLeaf(index, "post-" + (index / 4), index % 4 + 1,
                LogLeaf.Kind.REVISION, hash)), completed));
        return ++size;
    }

    /** An inclusion proof for a random leaf of the first {@code leaves} leaves. */
    @Benchmark
    public List<byte[]> prove() {
        return MerkleTree.inclusionProof(nodes, random.nextLong(provenSize), provenSize);
    }

    /** Verifying an inclusion proof against the root. */
    @Benchmark
    public int verify() {
        int i = nextProof++ & (PROOFS - 1);
        MerkleVerifier.verifyInclusion(provenIndexes[i], provenSize, provenLeaves[i], proofs.get(i), root);
        return i;
    }
}
