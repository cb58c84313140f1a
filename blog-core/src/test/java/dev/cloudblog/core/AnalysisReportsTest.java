package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.ContentReport;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.tck.Eventually;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Analysis reports through the blog")
class AnalysisReportsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Blog blog = CloudBlog.builder().meterRegistry(registry)
            .property("blog.scheduler.enabled", "false").build();

    @AfterEach
    void close() {
        blog.close();
    }

    private double analyzed() {
        return registry.find("blog.operations").tags("operation", "analysis.compute").timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }

    @Test
    @DisplayName("a saved post's report is computed after the save, once per revision, and names each analyzer")
    void reportsPerRevision() {
        Post post = blog.posts().create(PostInput.builder().title("Reports").author("ada")
                .body("This is a lovely little post about reports. We like it a lot.").build());
        Eventually.await("the report is computed from the outbox", () -> analyzed() == 1);

        ContentReport report = blog.analysis().analyze(post.id());
        assertThat(analyzed()).as("served from the kept report").isEqualTo(1);
        assertThat(report.postId()).isEqualTo(post.id());
        assertThat(report.version()).isEqualTo(1);
        assertThat(report.facets()).extracting(AnalysisFacet::name).contains("readability", "seo", "sentiment", "text");
        assertThat(report.facet("sentiment")).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo("positive"));

        Post edited = blog.posts().update(post.id(), 1, PostInput.from(post).body("A terrible, awful day.").build());
        Eventually.await("the new revision's report is computed", () -> analyzed() == 2);
        assertThat(blog.analysis().analyze(post.id()).version()).isEqualTo(edited.version());
        assertThat(blog.analysis().analyze(post.id()).facet("sentiment"))
                .hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo("negative"));
    }

    @Test
    @DisplayName("a draft is analysed before it is saved; an invalid one or an unknown post is refused")
    void analysesDrafts() {
        ContentReport draft = blog.analysis().analyze(PostInput.builder().title("Draft").author("ada")
                .body("A short and happy draft.").build());

        assertThat(draft.postId()).isNull();
        assertThat(draft.facets()).isNotEmpty();
        assertThat(blog.posts().list(dev.cloudblog.api.post.PostQuery.all()).items()).isEmpty();
        assertThatThrownBy(() -> blog.analysis().analyze(PostInput.builder().author("ada").build()))
                .isInstanceOf(InvalidPostException.class);
        assertThatThrownBy(() -> blog.analysis().analyze("nope")).isInstanceOf(PostNotFoundException.class);
    }
}
