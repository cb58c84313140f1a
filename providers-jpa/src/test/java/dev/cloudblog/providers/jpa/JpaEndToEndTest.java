package dev.cloudblog.providers.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.tck.MutableClock;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A blog on the jpa store")
class JpaEndToEndTest {

    @TempDir
    Path data;

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");

    private Blog open() {
        return CloudBlog.builder().clock(clock).environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", data.toString())
                .property("blog.scheduler.enabled", "false")
                .property("blog.store.provider", "jpa")
                .property("blog.jpa.url", "jdbc:h2:file:" + data.resolve("blog").toAbsolutePath())
                .build();
    }

    @Test
    @DisplayName("keeps posts, old slugs and proofs across a restart on the same H2 file")
    void survivesRestart() {
        Post renamed;
        String oldSlug;
        try (Blog blog = open()) {
            Post draft = blog.posts().create(PostInput.builder().title("Hello JPA").author("ada")
                    .body("# Hi\n\nStored for good.").tags("jpa", "h2").build());
            Post published = blog.posts().publish(draft.id(), draft.version());
            oldSlug = draft.slug();
            renamed = blog.posts().update(published.id(), published.version(),
                    PostInput.from(published).slug("hello-again").build());
            assertThat(blog.posts().findBySlug(draft.slug())).map(SlugResolution::post).contains(renamed);
            blog.verification().checkpoint();
        }

        try (Blog blog = open()) {
            assertThat(blog.posts().get(renamed.id())).contains(renamed);
            assertThat(blog.posts().findBySlug("hello-again")).map(SlugResolution::post).contains(renamed);
            SlugResolution old = blog.posts().findBySlug(oldSlug).orElseThrow();
            assertThat(old.moved()).isTrue();
            assertThat(blog.posts().history(renamed.id())).hasSize(3);

            ContentProof proof = blog.verification().prove(renamed.id(), renamed.version());
            RevisionContent content = RevisionContent.of(blog.posts().revision(renamed.id(), renamed.version()));
            assertThat(blog.verification().verify(content, proof).valid()).isTrue();
        }
    }
}
