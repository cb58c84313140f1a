package dev.cloudblog.benchmarks;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two nodes of one blog (a shared H2 file and the local Redis at {@code redis://127.0.0.1:6379},
 * in a fresh namespace) with the {@code redis} cache, event bus and locks, over {@value #POSTS}
 * posts; each node keeps its own search index, as nodes do.
 *
 * <ul>
 *   <li>{@code mixed}: two threads, one per node, each reading posts by id with Zipf(1.0)
 *       popularity and, one time in ten, saving a new title for such a post instead. At the end
 *       of the run the hit ratio per tier (L1, L2, store) is printed from the cache's counters.</li>
 *   <li>{@code l1Hit}: the latency of a read that L1 answers (one hot post).</li>
 *   <li>{@code l2Hit}: the latency of a read that L2 answers: a third node whose L1 holds one entry
 *       reads random posts that the others have put in L2.</li>
 * </ul>
 */
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RedisCacheBenchmark {

    static final int POSTS = 10_000;

    /** Two nodes, a cold third one, and the seeded posts. */
    @State(Scope.Benchmark)
    public static class Cluster {
        private final AtomicInteger threads = new AtomicInteger();
        Path dir;
        Blog[] nodes;
        SimpleMeterRegistry[] registries;
        String[] ids;
        final Zipf popularity = new Zipf(POSTS);
        private final double[] seeded = new double[3];

        @Setup(Level.Trial)
        public void open() throws IOException {
            dir = Files.createTempDirectory("redis-bench");
            String namespace = "bench-" + UUID.randomUUID();
            registries = new SimpleMeterRegistry[] {new SimpleMeterRegistry(), new SimpleMeterRegistry(),
                    new SimpleMeterRegistry()};
            nodes = new Blog[] {node("node-a", namespace, registries[0], Map.of()),
                    node("node-b", namespace, registries[1], Map.of()),
                    node("node-c", namespace, registries[2], Map.of("blog.cache.maximum-size", "1"))};
            ids = new String[POSTS];
            for (int i = 0; i < POSTS; i++) {
                ids[i] = nodes[0].posts().create(PostInput.builder().title("Post " + i).author("ada")
                        .body("Body of post " + i + ".").build()).id();
            }
            for (String id : ids) {
                nodes[0].posts().get(id);
            }
            seeded[0] = count("blog.redis.cache.l1.hits");
            seeded[1] = count("blog.redis.cache.l2.hits");
            seeded[2] = count("blog.redis.cache.misses");
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            double l1 = count("blog.redis.cache.l1.hits") - seeded[0];
            double l2 = count("blog.redis.cache.l2.hits") - seeded[1];
            double misses = count("blog.redis.cache.misses") - seeded[2];
            double lookups = l1 + l2 + misses;
            System.out.printf("%nlookups %.0f: L1 %.2f%%, L2 %.2f%%, store %.2f%%, cache hits %.2f%%%n", lookups,
                    100 * l1 / lookups, 100 * l2 / lookups, 100 * misses / lookups, 100 * (l1 + l2) / lookups);
            Arrays.stream(nodes).forEach(Blog::close);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }

        private double count(String name) {
            return Arrays.stream(registries).mapToDouble(registry -> registry.find(name).counters().stream()
                    .mapToDouble(counter -> counter.count()).sum()).sum();
        }

        private Blog node(String id, String namespace, SimpleMeterRegistry registry, Map<String, String> extra) {
            CloudBlog.Builder builder = CloudBlog.builder().meterRegistry(registry)
                    .environment(Map.of()).systemProperties(new Properties())
                    .property("blog.node.id", id)
                    .property("blog.data.dir", dir.toString())
                    .property("blog.store.provider", "jpa")
                    .property("blog.jpa.url", "jdbc:h2:file:" + dir.resolve("blog").toAbsolutePath())
                    .property("blog.cache.provider", "redis")
                    .property("blog.events.provider", "redis")
                    .property("blog.lock.provider", "redis")
                    .property("blog.anchor.providers", "local").property("blog.analysis.providers", "rules")
                    .property("blog.redis.namespace", namespace)
                    .property("blog.lucene.path", dir.resolve("lucene-" + id).toString());
            extra.forEach(builder::property);
            return builder.build();
        }

        /** The index of a post drawn with Zipf(1.0) popularity. */
        int popular() {
            return popularity.next(ThreadLocalRandom.current());
        }
    }

    /** The node a benchmark thread works on: the first thread node a, the second node b. */
    @State(Scope.Thread)
    public static class Node {
        Blog blog;

        @Setup(Level.Trial)
        public void pick(Cluster cluster) {
            blog = cluster.nodes[cluster.threads.getAndIncrement() % 2];
        }
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object mixed(Cluster cluster, Node node) {
        String id = cluster.ids[cluster.popular()];
        if (ThreadLocalRandom.current().nextInt(10) != 0) {
            return node.blog.posts().get(id);
        }
        Post current = node.blog.posts().get(id).orElseThrow();
        try {
            return node.blog.posts().update(id, current.version(),
                    PostInput.from(current).title("Post " + id + " at " + System.nanoTime()).build());
        } catch (PostConflictException raced) {
            return raced;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object l1Hit(Cluster cluster) {
        return cluster.nodes[0].posts().get(cluster.ids[0]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object l2Hit(Cluster cluster) {
        return cluster.nodes[2].posts().get(cluster.ids[ThreadLocalRandom.current().nextInt(POSTS)]);
    }
}
