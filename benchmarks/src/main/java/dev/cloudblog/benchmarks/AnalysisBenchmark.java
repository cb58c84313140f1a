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
 * focus keyphrase: readability, SEO, sentiment and the language guess, as one call. The words are
 * drawn from a broad vocabulary, so the post has as many distinct words as real prose.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnalysisBenchmark {

    /** A broad vocabulary: about a third of the post's words are distinct, near what real prose has. */
    private static final String[] WORDS = ("""
            time year people way day man thing woman life child world school state family student group country
            problem hand part place case week company system program question work government number night point
            home water room mother area money story fact month lot right study book eye job word business issue
            side kind head house service friend father power hour game line end member law car city community
            name president team minute idea kid body information back parent face others level office door health
            person art war history party result change morning reason research girl guy moment air teacher force
            education foot boy age policy everything process music market sense nation plan college interest death
            experience effect use class control care field development role effort rate heart drug show leader
            light voice wife police mind price report decision son view relationship town road arm difference value
            building action model season society tax director position player record paper space ground form event
            official matter center couple site project activity star table need court oil situation cost industry
            figure street image phone data picture practice piece land product doctor wall patient worker news test
            movie north love support technology step baby computer type attention film tree source organization hair
            window evidence population truth song energy writer garden reader editor draft sentence paragraph
            careful quick bright honest gentle clever heavy quiet ancient modern simple complex useful strange
            happy angry brave calm eager fair kind proud wise wild warm cold early late easy hard strong weak
            write read build grow carry follow create decide explain improve describe discover measure publish
            """).trim().split("\\s+");
    private static final String[] JOINERS = {"the", "a", "of", "and", "to", "in", "is", "was", "for", "with", "that",
        "it", "on", "as", "but", "however", "because", "this", "by", "from"};

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
            int length = 6 + random.nextInt(18);
            for (int i = 0; i < length; i++) {
                String word = i % 3 == 1 ? JOINERS[random.nextInt(JOINERS.length)] : WORDS[random.nextInt(WORDS.length)];
                body.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(i == length - 1 ? "" : " ");
            }
            words += length;
            body.append(random.nextInt(10) == 0 ? "!" : ".").append(random.nextInt(5) == 0 ? "\n\n" : " ");
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
