package dev.cloudblog.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.tck.TestPosts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rules analyzer's facets")
class RulesAnalyzerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void close() {
        executor.shutdownNow();
    }

    private ContentAnalyzer analyzer(Map<String, String> settings) {
        return new RulesAnalyzerProvider().create(new ProviderContext(Config.of(settings), Clock.systemUTC(), executor,
                new SimpleMeterRegistry(), "test"));
    }

    private static AnalysisFacet facet(List<AnalysisFacet> facets, String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no facet " + name + " in " + facets));
    }

    @Test
    @DisplayName("an English post gets text, readability, SEO and sentiment facets, each within its bounds")
    void englishPost() {
        Post post = TestPosts.published("A happy post", "# A happy post\n\nThis is a wonderful, happy day. "
                + "The sun is shining and we love it. See [more](/more) and [elsewhere](https://example.org).",
                Instant.EPOCH);

        List<AnalysisFacet> facets = analyzer(Map.of()).analyze(post);

        assertThat(facets).extracting(AnalysisFacet::name)
                .containsExactly("text", "readability", "seo", "sentiment");
        assertThat(facets).allSatisfy(f -> {
            assertThat(f.analyzer()).isEqualTo("rules");
            assertThat(f.analyzerVersion()).isEqualTo(RulesAnalyzer.VERSION);
        });
        assertThat(facet(facets, "text").verdict()).isEqualTo("en");
        assertThat(facet(facets, "readability").score()).isBetween(0.0, 100.0);
        assertThat(facet(facets, "readability").verdict()).isIn("green", "orange", "red");
        assertThat(facet(facets, "seo").score()).isBetween(0.0, 100.0);
        assertThat(facet(facets, "seo").checks()).extracting(Check::id).contains("seo.keyphrase-length");
        assertThat(facet(facets, "sentiment").score()).isBetween(0.05, 1.0);
        assertThat(facet(facets, "sentiment").verdict()).isEqualTo("positive");
    }

    @Test
    @DisplayName("a post in another language keeps only the facets that do not depend on English")
    void otherLanguage() {
        Post post = TestPosts.published("Ein Beitrag", "Der schnelle braune Fuchs springt über den faulen Hund, "
                + "während die Katze im Garten unter dem alten Baum schläft und die Kinder in der Schule sitzen, "
                + "wo sie lesen, schreiben und rechnen lernen, bis die Glocke läutet.", Instant.EPOCH);

        List<AnalysisFacet> facets = analyzer(Map.of()).analyze(post);

        assertThat(facets).extracting(AnalysisFacet::name).containsExactly("text");
        assertThat(facets.get(0).verdict()).isEqualTo("und");
        assertThat(facets.get(0).metric("words")).isGreaterThan(20);
    }

    @Test
    @DisplayName("the site's address tells internal links from outbound ones")
    void siteHost() {
        Post post = TestPosts.published("Links", "We link to [our own page](https://blog.example.org/about) only, "
                + "because the rest of the web can wait for another day.", Instant.EPOCH);

        AnalysisFacet seo = facet(analyzer(Map.of("blog.site.url", "https://blog.example.org")).analyze(post), "seo");

        assertThat(seo.checks()).filteredOn(check -> check.id().equals("seo.internal-links"))
                .singleElement().extracting(Check::score).isEqualTo(9);
        assertThat(seo.checks()).filteredOn(check -> check.id().equals("seo.outbound-links"))
                .singleElement().extracting(Check::score).isEqualTo(3);
        assertThatThrownBy(() -> analyzer(Map.of("blog.site.url", "not a url")))
                .isInstanceOf(BlogConfigurationException.class).hasMessageContaining("blog.site.url");
    }
}
