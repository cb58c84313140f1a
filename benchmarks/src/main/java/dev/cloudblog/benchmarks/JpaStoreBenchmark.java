package dev.cloudblog.benchmarks;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.providers.jpa.JpaPostStoreProvider;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The jpa store on an H2 file database and on PostgreSQL: {@code save} creates a post through a blog
 * (validation, rendering, one revision, one outbox event and its relay, one log leaf);
 * {@code readBySlugUncached} reads one of 1,000 seeded posts by slug straight from the store, with
 * no blog cache in front. PostgreSQL is {@code jdbc:postgresql://127.0.0.1:5432/test} as
 * {@code postgres}, in a fresh schema that the run drops at the end.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class JpaStoreBenchmark {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String PG_USER = "postgres";
    private static final int SEEDED = 1_000;

    @Param({"h2", "postgresql"})
    String database;

    private Path dataDir;
    private String schema;
    private Map<String, String> settings;
    private Blog blog;
    private PostStore store;
    private ScheduledExecutorService executor;
    private String[] slugs;

    @Setup
    public void open() throws IOException {
        dataDir = Files.createTempDirectory("jpa-bench");
        settings = new HashMap<>();
        settings.put("blog.data.dir", dataDir.toString());
        settings.put("blog.scheduler.enabled", "false");
        settings.put("blog.store.provider", "jpa");
        if (database.equals("h2")) {
            settings.put("blog.jpa.url", "jdbc:h2:file:" + dataDir.resolve("cloudblog").toAbsolutePath());
        } else {
            schema = "blog_bench_" + UUID.randomUUID().toString().replace("-", "");
            sql("CREATE SCHEMA " + schema);
            settings.put("blog.jpa.url", PG_URL + "?currentSchema=" + schema);
            settings.put("blog.jpa.user", PG_USER);
            settings.put("blog.jpa.password", "");
        }
        blog = CloudBlog.builder().environment(Map.of()).systemProperties(new Properties()).properties(settings)
                .property("blog.anchor.providers", "local").property("blog.analysis.providers", "rules").build();
        slugs = new String[SEEDED];
        for (int i = 0; i < SEEDED; i++) {
            slugs[i] = create(i).slug();
        }
        executor = Executors.newSingleThreadScheduledExecutor();
        store = new JpaPostStoreProvider().create(new ProviderContext(Config.of(settings), Clock.systemUTC(), executor,
                new SimpleMeterRegistry(), "bench-reader"));
    }

    @TearDown
    public void close() throws IOException {
        store.close();
        executor.shutdownNow();
        blog.close();
        if (schema != null) {
            sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private Post create(int n) {
        return blog.posts().create(PostInput.builder().title("Benchmark post " + n).author("bench")
                .tags("jmh", "jpa").body("Some *Markdown* body for post " + n + ".").build());
    }

    @Benchmark
    public Post save() {
        return create(ThreadLocalRandom.current().nextInt());
    }

    @Benchmark
    public Optional<SlugResolution> readBySlugUncached() {
        return store.findBySlug(slugs[ThreadLocalRandom.current().nextInt(SEEDED)]);
    }

    private static void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
             Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + statement + "' on " + PG_URL + ": " + e.getMessage(), e);
        }
    }
}
