package dev.cloudblog.benchmarks;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Seo;
import dev.cloudblog.core.analysis.RulesAnalyzerProvider;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code rules} analyzer on a 1,000-word English post with headings, links, an image and a
 * focus keyphrase: readability, SEO, sentiment and the language guess, as one call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnalysisBenchmark {

    private static final List<String> SENTENCES = List.of(
            "Writing a clear post takes more time than most people expect.",
            "However, the effort pays off when readers stay until the end.",
            "The first draft was written quickly and revised twice by the editor.",
            "Short sentences help, but a text made only of them feels choppy and tiring.",
            "For example, a good paragraph opens with its point and then supports it.",
            "Search engines reward pages that answer a question well.",
            "Our blog engine was built to make this kind of feedback instant and honest.",
            "Readers love a helpful, friendly tone, and they hate vague promises.");

    private ScheduledExecutorService executor;
    private ContentAnalyzer analyzer;
    private Post post;

    @Setup
    public void setUp() {
        executor = Executors.newSingleThreadScheduledExecutor();
        analyzer = new RulesAnalyzerProvider().create(new ProviderContext(Config.empty(), Clock.systemUTC(),
                executor, new SimpleMeterRegistry(), "bench"));
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder body = new StringBuilder("Clear writing matters for every blog engine and its readers.\n\n");
        int words = 9;
        int section = 0;
        while (words < 1000) {
            if (words / 250 > section) {
                section++;
                body.append("\n\n## Section ").append(section).append(" on clear writing\n\n");
            }
            String sentence = SENTENCES.get(random.nextInt(SENTENCES.size()));
            body.append(sentence).append(random.nextInt(5) == 0 ? "\n\n" : " ");
            words += sentence.split(" ").length;
        }
        body.append("\n\nSee [our guide](/guides/writing) and [the style manual](https://example.org/style).\n\n")
                .append("![A writer at work](https://example.org/writer.png)\n");
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        post = new Post("bench", "clear-writing", "Clear writing for blogs", body.toString(), "", "", null,
                List.of("writing"), "bench", PostStatus.PUBLISHED, now, now, now, null, 1, "sha256:bench",
                Duration.ofMinutes(4), new Seo("Clear writing: a guide for blog authors",
                "Learn how clear writing keeps readers on your blog, with examples, checks and the habits that "
                        + "make every post easier to read.", "clear writing"), Map.of());
    }

    @TearDown
    public void tearDown() {
        analyzer.close();
        executor.shutdownNow();
    }

    /** All facets of one 1,000-word post. */
    @Benchmark
    public List<AnalysisFacet> analyzeThousandWords() {
        return analyzer.analyze(post);
    }
}
