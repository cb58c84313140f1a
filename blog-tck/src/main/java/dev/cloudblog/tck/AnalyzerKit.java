package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link ContentAnalyzer} must pass: deterministic, total (no input makes it
 * throw), and within bounds (every check scores from {@value #MIN_CHECK_SCORE} to 9, every number
 * is finite, every facet names its analyzer and version). A provider's test extends it:
 *
 * <pre>{@code
 * class MlAnalyzerKitTest extends AnalyzerKit {
 *     protected ContentAnalyzer createAnalyzer(ProviderContext context) {
 *         return new MlAnalyzerProvider().create(context);
 *     }
 *     protected String providerName() { return "ml"; }
 * }
 * }</pre>
 */
@ExtendWith(RandomSeedExtension.class)
public abstract class AnalyzerKit extends ProviderKit {

    /** The lowest score a check may give (heavy SEO penalties). */
    public static final int MIN_CHECK_SCORE = -50;

    protected ContentAnalyzer analyzer;

    /** Creates the analyzer under test. Called before every test; the kit closes it after. */
    protected abstract ContentAnalyzer createAnalyzer(ProviderContext context);

    /** The provider name the facets carry. */
    protected abstract String providerName();

    /**
     * The range each facet's score must lie in, by facet name; facets not named are only checked to
     * be finite. None by default.
     */
    protected Map<String, double[]> scoreRanges() {
        return Map.of();
    }

    @BeforeEach
    void openAnalyzer() {
        analyzer = createAnalyzer(context());
    }

    @AfterEach
    void closeAnalyzer() {
        analyzer.close();
    }

    /** Bodies every analyzer must take in its stride. */
    static List<String> awkwardBodies() {
        return List.of(
                "",
                "   \n\n  ",
                "🎉🔥😀 🚀✨ 👍👍👍",
                "<div><p><b></b></p></div>\n\n<script>x()</script>",
                "```\ncode only\n```",
                "# \n\n## \n\n---",
                "Der schnelle braune Fuchs springt über den faulen Hund, und die Katze schläft im Garten unter dem "
                        + "alten Baum, während die Kinder in der Schule sitzen und lernen.",
                "速い茶色の狐がのろまな犬を飛び越える。猫は庭の古い木の下で眠っている。",
                "!!!???...,,,;;;",
                "a".repeat(10_000),
                "The reader is happy and the post is clear. ".repeat(24_386),
                "We met Dr. ".repeat(95_326));
    }

    private Post post(String body) {
        return TestPosts.published("A title", body, clock.instant());
    }

    @ParameterizedTest
    @MethodSource("awkwardBodies")
    @DisplayName("empty, huge, emoji-only, markup-only and non-English bodies are analysed without exceptions")
    void takesAwkwardInput(String body) {
        assertWithinBounds(analyzer.analyze(post(body)));
    }

    @Test
    @DisplayName("the same post gives the same facets, every time")
    void isDeterministic(Random random) {
        StringBuilder body = new StringBuilder("# Heading\n\n");
        List<String> words = List.of("good", "bad", "the", "blog", "is", "was", "written", "however", "great",
                "terrible", "and", "a", "post", "reader", "very", "not");
        for (int sentence = 0; sentence < 60; sentence++) {
            for (int word = 0; word < 4 + random.nextInt(20); word++) {
                body.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            body.append(random.nextInt(8) == 0 ? "!\n\n" : ". ");
        }
        Post post = post(body.toString());

        List<AnalysisFacet> first = analyzer.analyze(post);
        assertWithinBounds(first);
        assertThat(analyzer.analyze(post)).isEqualTo(first);
        try (ContentAnalyzer fresh = createAnalyzer(context())) {
            assertThat(fresh.analyze(post)).as("a second analyzer agrees").isEqualTo(first);
        }
    }

    @Test
    @DisplayName("an ordinary English post gets at least one facet")
    void analysesOrdinaryPosts() {
        List<AnalysisFacet> facets = analyzer.analyze(post("# Why we write\n\nWe write because it helps us think. "
                + "A clear post is a kind post, and readers notice the care that went into it."));

        assertThat(facets).isNotEmpty();
        assertWithinBounds(facets);
    }

    private void assertWithinBounds(List<AnalysisFacet> facets) {
        for (AnalysisFacet facet : facets) {
            assertThat(facet.analyzer()).as("analyzer of %s", facet.name()).isEqualTo(providerName());
            assertThat(facet.analyzerVersion()).as("version of %s", facet.name()).isNotBlank();
            assertThat(facet.verdict()).as("verdict of %s", facet.name()).isNotBlank();
            assertThat(Double.isFinite(facet.score())).as("score of %s is finite", facet.name()).isTrue();
            double[] range = scoreRanges().get(facet.name());
            if (range != null) {
                assertThat(facet.score()).as("score of %s", facet.name()).isBetween(range[0], range[1]);
            }
            facet.metrics().forEach((name, value) -> assertThat(Double.isFinite(value))
                    .as("metric %s of %s is finite", name, facet.name()).isTrue());
            for (Check check : facet.checks()) {
                assertThat(check.score()).as("score of %s", check.id()).isBetween(MIN_CHECK_SCORE, 9);
                assertThat(check.message()).as("message of %s", check.id()).isNotBlank();
            }
        }
    }
}
