package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.ContentReport;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.tck.Eventually;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blog on an H2 file store whose ml analyzer learns from its posts, across restarts. */
@DisplayName("A blog analysed by the ml analyzer")
class MlBlogTest {

    @TempDir
    Path data;

    private Blog open(SimpleMeterRegistry registry) {
        return CloudBlog.builder().meterRegistry(registry).environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", data.toString())
                .property("blog.scheduler.enabled", "false")
                .property("blog.analysis.providers", MlAnalyzerProvider.NAME)
                .property("blog.ml.sentiment.folds", "0")
                .property("blog.ml.tags.min-posts", "20")
                .property("blog.ml.tags.min-posts-per-tag", "3")
                .property("blog.ml.tags.retrain-after", "20")
                .property("blog.ml.drift.window", "40")
                .build();
    }

    private static List<Post> write(Blog blog, List<TaggedText> posts) {
        List<Post> written = new ArrayList<>();
        for (TaggedText post : posts) {
            written.add(blog.posts().create(PostInput.builder().title("Notes " + post.id()).author("ada")
                    .body(post.text()).tags(post.tags().toArray(String[]::new)).build()));
        }
        return written;
    }

    private static AnalysisFacet facet(ContentReport report, String name) {
        return report.facets().stream().filter(facet -> facet.name().equals(name)
                && facet.analyzer().equals(MlAnalyzerProvider.NAME)).findFirst().orElseThrow();
    }

    private static ContentReport draft(Blog blog, TaggedText post) {
        return blog.analysis().analyze(PostInput.builder().title("A draft").author("ada").body(post.text()).build());
    }

    @Test
    @DisplayName("says it cannot tag yet, then learns tags from the posts, suggests them, relates posts, and names each model version")
    void learnsFromPosts() {
        List<TaggedText> corpus = SyntheticPosts.posts(90, 11);
        List<TaggedText> heldOut = corpus.subList(60, 90);
        try (Blog blog = open(new SimpleMeterRegistry())) {
            write(blog, corpus.subList(0, 5));
            AnalysisFacet cold = facet(draft(blog, heldOut.get(0)), "tags");
            assertThat(cold.verdict()).isEqualTo("cold-start");
            assertThat(cold.metrics()).isEmpty();
            assertThat(cold.checks()).singleElement().satisfies(check -> assertThat(check.message()).contains("20"));

            List<Post> posts = write(blog, corpus.subList(5, 60));
            ModelRegistry registry = new ModelRegistry(data.resolve("ml"), Clock.systemUTC());
            Eventually.await("a tagger trained on 40 posts or more", () -> registry.current(MlAnalyzer.TAGS_ID)
                    .filter(card -> card.metrics().get("training.posts") >= 40).isPresent());
            String version = "tags@" + registry.current(MlAnalyzer.TAGS_ID).orElseThrow().version();
            Eventually.await("the blog uses it", () -> facet(draft(blog, heldOut.get(0)), "tags").analyzerVersion()
                    .compareTo(version) >= 0);

            long hits = heldOut.stream().filter(post -> {
                AnalysisFacet tags = facet(draft(blog, post), "tags");
                return tags.metrics().keySet().stream().findFirst()
                        .filter(top -> post.tags().contains(top.substring("tag:".length()))).isPresent();
            }).count();
            System.out.println("held-out top-1 tag hits: " + hits + " of " + heldOut.size());
            assertThat(hits).as("held-out drafts whose top suggestion is one of their tags").isGreaterThanOrEqualTo(21);

            Post edited = blog.posts().update(posts.get(0).id(), posts.get(0).version(), PostInput.builder()
                    .title("Notes, revised").author("ada").body(corpus.get(0).text()).build());
            Eventually.await("the edit is analysed", () -> blog.analysis().analyze(edited.id()).version() == 2);
            ContentReport report = blog.analysis().analyze(edited.id());
            assertThat(facet(report, "tags").analyzerVersion()).isEqualTo(version);
            assertThat(facet(report, "sentiment").analyzerVersion()).isEqualTo("sentiment@1");
            AnalysisFacet related = facet(report, "related");
            assertThat(related.analyzerVersion()).matches("embeddings@[1-9][0-9]*");
            assertThat(related.metrics()).hasSizeBetween(1, 5)
                    .doesNotContainKey("post:" + edited.id())
                    .allSatisfy((post, similarity) -> assertThat(similarity).isBetween(-1.0, 1.0));
        }
    }

    @Test
    @DisplayName("a reopened blog keeps its models, retrains only on new posts, and honours a rollback")
    void keepsAndRollsBackModels() {
        List<TaggedText> corpus = SyntheticPosts.posts(70, 5);
        try (Blog blog = open(new SimpleMeterRegistry())) {
            write(blog, corpus.subList(0, 20));
            Eventually.await("the first tagger", () -> facet(draft(blog, corpus.get(60)), "tags").analyzerVersion()
                    .equals("tags@1"));
        }
        try (Blog blog = open(new SimpleMeterRegistry())) {
            assertThat(facet(draft(blog, corpus.get(60)), "tags").analyzerVersion()).isEqualTo("tags@1");
            write(blog, corpus.subList(20, 40));
            Eventually.await("a second tagger after 20 new posts", () -> facet(draft(blog, corpus.get(60)), "tags")
                    .analyzerVersion().equals("tags@2"));
        }
        ModelRegistry registry = new ModelRegistry(data.resolve("ml"), Clock.systemUTC());
        assertThat(registry.versions(MlAnalyzer.TAGS_ID)).extracting(ModelCard::version).containsExactly(1, 2);
        registry.rollback(MlAnalyzer.TAGS_ID, 1);

        try (Blog blog = open(new SimpleMeterRegistry())) {
            assertThat(facet(draft(blog, corpus.get(60)), "tags").analyzerVersion()).isEqualTo("tags@1");
        }
    }

    @Test
    @DisplayName("raises the drift alert when the posts it sees stop looking like its training sentences")
    void watchesDrift() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Blog blog = open(meters)) {
            String rant = "This is the worst, most broken, most disappointing thing I have ever used. ".repeat(40);
            for (int i = 0; i < 40; i++) {
                blog.analysis().analyze(PostInput.builder().title("Rant " + i).author("ada").body(rant).build());
            }
            assertThat(meters.get("blog.ml.drift.alert").tag("model", "sentiment").gauge().value()).isEqualTo(1.0);
            assertThat(meters.get("blog.ml.drift.psi").tag("model", "sentiment").tag("feature", "length").gauge()
                    .value()).isGreaterThan(0.25);
        }
    }
}
