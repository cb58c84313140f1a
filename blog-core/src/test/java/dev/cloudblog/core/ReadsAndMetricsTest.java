package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.post.Page;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostQuery;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.tck.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reads, listings and metrics")
class ReadsAndMetricsTest {

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Blog blog = CloudBlog.builder().clock(clock).meterRegistry(registry)
            .property("blog.scheduler.enabled", "false").build();

    @AfterEach
    void close() {
        blog.close();
    }

    private Post create(String title, String author, String... tags) {
        clock.advance(Duration.ofSeconds(1));
        return blog.posts().create(PostInput.builder().title(title).author(author).tags(tags).body("b").build());
    }

    private double cache(String name) {
        return registry.get(name).functionCounter().count();
    }

    @Test
    @DisplayName("reads by slug and id are served from the cache until a write invalidates them")
    void cachesReads() {
        Post post = create("Cached", "ada");
        blog.posts().findBySlug("cached");
        double hitsBefore = cache("blog.cache.hits");

        assertThat(blog.posts().findBySlug("cached")).hasValueSatisfying(found -> assertThat(found.post()).isEqualTo(post));
        assertThat(blog.posts().get(post.id())).contains(post);
        assertThat(blog.posts().get(post.id())).contains(post);
        assertThat(cache("blog.cache.hits") - hitsBefore).isEqualTo(2);

        Post updated = blog.posts().update(post.id(), post.version(), PostInput.from(post).title("Fresh").build());
        assertThat(blog.posts().findBySlug("cached").orElseThrow().post()).isEqualTo(updated);
        assertThat(blog.posts().get(post.id())).contains(updated);
    }

    @Test
    @DisplayName("every public operation has a timer, and failures are counted by exception")
    void timesOperations() {
        Post post = create("Timed", "ada");
        blog.posts().publish(post.id(), post.version());
        assertThatThrownBy(() -> blog.posts().publish(post.id(), post.version()))
                .isInstanceOf(dev.cloudblog.api.PostConflictException.class);

        assertThat(registry.get("blog.operations").tags("operation", "posts.create", "outcome", "success")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("blog.operations").tags("operation", "posts.publish", "outcome", "error")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("blog.operations.errors")
                .tags("operation", "posts.publish", "exception", "PostConflictException").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("blog.cache.size").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("closing the blog removes its meters from the host's registry")
    void removesMetersAtClose() {
        create("Measured", "ada");
        assertThat(registry.find("blog.operations").timers()).isNotEmpty();

        blog.close();

        assertThat(registry.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("blog."));
    }

    @Test
    @DisplayName("listings page through every match once, by cursor, with filters")
    void pagesListings() {
        List<Post> java = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Post post = create("Post " + i, i % 2 == 0 ? "ada" : "grace", i % 3 == 0 ? "Java" : "ops");
            if (i % 3 == 0) {
                java.add(blog.posts().publish(post.id(), post.version()));
            }
        }
        PostQuery query = PostQuery.builder().tag(" JAVA ").status(PostStatus.PUBLISHED).limit(4).build();
        List<Post> seen = new ArrayList<>();
        Page<Post> page = blog.posts().list(query);
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = blog.posts().list(query.after(page.nextCursor()));
            seen.addAll(page.items());
        }
        java.sort(Comparator.comparing(Post::createdAt).reversed());
        assertThat(seen).extracting(Post::id).containsExactlyElementsOf(java.stream().map(Post::id).toList());

        Page<Post> oldestAda = blog.posts().list(PostQuery.builder().author("ada").sort(PostSort.OLDEST).limit(3).build());
        assertThat(oldestAda.items()).extracting(Post::title).containsExactly("Post 0", "Post 2", "Post 4");
    }

    @Test
    @DisplayName("a malformed cursor, or one from another sort, is refused with a clear message")
    void refusesBadCursors() {
        for (int i = 0; i < 3; i++) {
            create("Post " + i, "ada");
        }
        Page<Post> first = blog.posts().list(PostQuery.builder().limit(1).build());

        assertThatThrownBy(() -> blog.posts().list(PostQuery.builder().cursor("not a cursor!").build()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("is not one this blog issued");
        assertThatThrownBy(() -> blog.posts().list(PostQuery.builder().sort(PostSort.OLDEST)
                .cursor(first.nextCursor()).build()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("sorted by NEWEST, not OLDEST");
        assertThatThrownBy(() -> PostQuery.builder().limit(0).build())
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("limit must be between 1 and 200");
    }
}
