package dev.cloudblog.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.AnalyzerProvider;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.tck.Eventually;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Analyzers that learn from the blog's posts")
class LearningAnalyzerTest {

    /** What the learning analyzer was told, in order. */
    static final List<String> LESSONS = new CopyOnWriteArrayList<>();

    /** An analyzer that records what it learns and finds nothing. */
    public static final class LearningProvider implements AnalyzerProvider {

        @Override
        public String name() {
            return "learning";
        }

        @Override
        public ContentAnalyzer create(ProviderContext context) {
            return new ContentAnalyzer() {
                @Override
                public List<AnalysisFacet> analyze(Post post) {
                    return List.of();
                }

                @Override
                public boolean learnsFromPosts() {
                    return true;
                }

                @Override
                public void learn(Post post) {
                    LESSONS.add("learn " + post.title() + " v" + post.version());
                }

                @Override
                public void forget(String postId) {
                    LESSONS.add("forget " + postId);
                }
            };
        }
    }

    @TempDir
    Path dir;

    @Test
    @DisplayName("learn the latest revision of saved posts and forget deleted ones, but never a previewed draft")
    void learnFromSavedPosts() throws IOException {
        Path services = dir.resolve("META-INF/services/" + AnalyzerProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(LearningProvider.class.getName()));
        ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        LESSONS.clear();
        try (Blog blog = CloudBlog.builder().environment(Map.of()).systemProperties(new Properties())
                .classLoader(loader).property("blog.data.dir", dir.resolve("data").toString())
                .property("blog.scheduler.enabled", "false").build()) {
            Post post = blog.posts().create(PostInput.builder().title("First").author("ada").body("Hello.").build());
            Post edited = blog.posts().update(post.id(), post.version(), PostInput.builder().title("Edited")
                    .author("ada").body("Hello again.").build());
            blog.analysis().analyze(PostInput.builder().title("Preview").author("ada").body("Draft.").build());
            Eventually.await("the edit is learned", () -> LESSONS.contains("learn Edited v2"));
            blog.posts().delete(edited.id(), edited.version());

            Eventually.await("the deletion is learned", () -> LESSONS.contains("forget " + post.id()));
            assertThat(LESSONS).as("the latest revision is learned; one superseded before its event came may be skipped")
                    .containsSubsequence("learn Edited v2", "forget " + post.id())
                    .noneMatch(lesson -> lesson.contains("Preview"));
        }
    }
}
