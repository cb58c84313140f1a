package dev.cloudblog.benchmarks;

import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.providers.ethereum.AnchorMode;
import dev.cloudblog.providers.ethereum.EthereumAnchorProvider;
import dev.cloudblog.providers.ethereum.LocalChain;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.Anchorer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
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
 * Anchoring one checkpoint on a local anvil node that mines each transaction at once, one
 * confirmation: signing, sending, polling for the receipt and reading the block, in each
 * {@link #mode}. Every call anchors a new root, so every call is a transaction. On a real chain
 * the latency is the block time times the confirmations; this measures what the anchor adds.
 * Needs {@code -Dblog.test.anvil=<path of anvil>}, as installed by the providers-ethereum tests
 * ({@code providers-ethereum/tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil}).
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class EthereumAnchorBenchmark {

    @Param({"CONTRACT", "CALLDATA"})
    public AnchorMode mode;

    private LocalChain chain;
    private ScheduledExecutorService executor;
    private Anchorer anchorer;
    private Path journal;
    private long next;

    @Setup
    public void start() throws IOException {
        chain = LocalChain.start();
        journal = Files.createTempDirectory("anchor-journal");
        executor = Executors.newSingleThreadScheduledExecutor();
        Map<String, String> settings = new HashMap<>(chain.settings(mode, journal));
        settings.put("blog.ethereum.poll-interval", "1ms");
        anchorer = new EthereumAnchorProvider().create(new ProviderContext(Config.of(settings), Clock.systemUTC(),
                executor, new SimpleMeterRegistry(), "benchmark"));
    }

    @TearDown
    public void stop() throws IOException {
        anchorer.close();
        executor.shutdownNow();
        chain.close();
        try (var files = Files.list(journal)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(journal);
    }

    @Benchmark
    public Anchor anchor() {
        long size = ++next;
        String root = Base64.getEncoder().encodeToString(sha256(ByteBuffer.allocate(8).putLong(size).array()));
        return anchorer.anchor(new Checkpoint("bench.example/log", size, root,
                "bench.example/log\n" + size + "\n" + root + "\n"));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
