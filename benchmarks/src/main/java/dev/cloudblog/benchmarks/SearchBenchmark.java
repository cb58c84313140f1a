package dev.cloudblog.benchmarks;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.providers.lucene.LuceneSearchProvider;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.search.IndexBuild;
import dev.cloudblog.spi.search.IndexMarker;
import dev.cloudblog.spi.search.IndexUpdate;
import dev.cloudblog.spi.search.SearchIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code lucene} index over {@value #POSTS} generated posts of about {@value #WORDS} words
 * ({@link GeneratedPosts}, seed 42), on an index directory in a temporary folder.
 *
 * <ul>
 *   <li>{@code index}: one invocation indexes every post into a new index in updates of 256, as
 *       the engine applies the revision log, then refreshes; the score is the time per post.</li>
 *   <li>{@code rebuild}: one invocation rebuilds a new index from every post, as the engine does
 *       for a missing or stale index (a build beside the live index, merged and swapped in); the
 *       score is the time per post.</li>
 *   <li>{@code query}: on a rebuilt index, public searches, highlighted, ten hits, rotating over
 *       64 queries of a kind:
 *       {@code term} (one word of middling frequency), {@code phrase} (two words that follow each
 *       other in some post), {@code filtered} (a word, a tag and a one-year publish window) and
 *       {@code faceted} (a word with tag and author counts). Run it in throughput mode for queries
 *       per second and in sample mode for the latency percentiles, with {@code -t 1} and {@code -t 2}.</li>
 * </ul>
 */
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SearchBenchmark {

    static final int POSTS = 10_000;
    static final int WORDS = 500;
    private static final int BATCH = 256;

    /** The corpus, generated once per fork. */
    @State(Scope.Benchmark)
    public static class Corpus {
        final GeneratedPosts generator = new GeneratedPosts();
        List<Post> posts;

        @Setup(Level.Trial)
        public void generate() {
            posts = generator.posts(POSTS, WORDS, 42);
        }
    }

    /** An index directory with every post of the corpus, and the queries of one kind. */
    @State(Scope.Benchmark)
    public static class Searchable {
        @Param({"term", "phrase", "filtered", "faceted"})
        String kind;

        OpenIndex open;
        List<SearchQuery> queries;

        @Setup(Level.Trial)
        public void open(Corpus corpus) throws IOException {
            open = OpenIndex.create();
            rebuildAll(open.index, corpus.posts);
            queries = queries(kind, corpus);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            open.close();
        }
    }

    /** Where a thread is in the rotation of queries. */
    @State(Scope.Thread)
    public static class Rotation {
        int next;
    }

    /** A fresh index for each indexing run. */
    @State(Scope.Benchmark)
    public static class Empty {
        OpenIndex open;

        @Setup(Level.Invocation)
        public void open() throws IOException {
            open = OpenIndex.create();
        }

        @TearDown(Level.Invocation)
        public void close() throws IOException {
            open.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(POSTS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public IndexMarker index(Corpus corpus, Empty empty) {
        return indexAll(empty.open.index, corpus.posts);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(POSTS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public IndexMarker rebuild(Corpus corpus, Empty empty) {
        return rebuildAll(empty.open.index, corpus.posts);
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public SearchResults query(Searchable searchable, Rotation rotation) {
        SearchQuery query = searchable.queries.get(rotation.next++ & 63);
        return searchable.open.index.search(query);
    }

    private static IndexMarker indexAll(SearchIndex index, List<Post> posts) {
        IndexMarker marker = null;
        for (int from = 0; from < posts.size(); from += BATCH) {
            List<Post> batch = posts.subList(from, Math.min(posts.size(), from + BATCH));
            marker = new IndexMarker(from + batch.size(), String.format("%064x", from + batch.size()));
            index.update(new IndexUpdate(batch, Set.of(), marker));
        }
        index.refresh();
        return marker;
    }

    private static IndexMarker rebuildAll(SearchIndex index, List<Post> posts) {
        IndexMarker marker = new IndexMarker(posts.size(), String.format("%064x", posts.size()));
        try (IndexBuild build = index.rebuild()) {
            for (int from = 0; from < posts.size(); from += BATCH) {
                build.add(posts.subList(from, Math.min(posts.size(), from + BATCH)));
            }
            build.commit(marker);
        }
        return marker;
    }

    private static List<SearchQuery> queries(String kind, Corpus corpus) {
        Random random = new Random(7);
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String word = corpus.generator.word(100 + random.nextInt(1_900));
            queries.add(switch (kind) {
                case "term" -> SearchQuery.of(word);
                case "phrase" -> SearchQuery.of(phrase(corpus.posts.get(random.nextInt(POSTS)), random));
                case "filtered" -> {
                    Instant from = Instant.parse("2023-01-01T00:00:00Z").plus(random.nextInt(730), ChronoUnit.DAYS);
                    yield SearchQuery.builder(word).tag("tag-" + random.nextInt(30))
                            .publishedBetween(from, from.plus(365, ChronoUnit.DAYS)).build();
                }
                case "faceted" -> SearchQuery.builder(word).facets(true).build();
                default -> throw new IllegalArgumentException("unknown query kind " + kind);
            });
        }
        return queries;
    }

    /** Two words that follow each other in a sentence of the post's body. */
    private static String phrase(Post post, Random random) {
        String[] sentences = post.body().split("[.\\n]+");
        while (true) {
            String[] words = sentences[random.nextInt(sentences.length)].strip().split(" ");
            if (words.length >= 2) {
                int at = random.nextInt(words.length - 1);
                return '"' + words[at].toLowerCase() + " " + words[at + 1] + '"';
            }
        }
    }

    /** A lucene index in a temporary directory, with the executor its refreshes and commits run on. */
    record OpenIndex(Path dir, ScheduledExecutorService executor, SearchIndex index) {

        static OpenIndex create() throws IOException {
            Path dir = Files.createTempDirectory("search-bench");
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
            ProviderContext context = new ProviderContext(Config.of(Map.of("blog.lucene.path",
                    dir.resolve("index").toString())), Clock.systemUTC(), executor, new SimpleMeterRegistry(),
                    "bench");
            return new OpenIndex(dir, executor, new LuceneSearchProvider().create(context));
        }

        void close() throws IOException {
            index.close();
            executor.shutdownNow();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
