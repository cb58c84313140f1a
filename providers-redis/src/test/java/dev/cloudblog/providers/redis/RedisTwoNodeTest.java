package dev.cloudblog.providers.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.tck.Eventually;
import dev.cloudblog.tck.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two blog instances on one store (an H2 file) and one Redis behave as two nodes of one blog:
 * caches stay coherent, and scheduled publishing runs on one node at a time.
 */
@DisplayName("Two nodes sharing a store and a Redis")
class RedisTwoNodeTest {

    @TempDir
    Path data;

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final String namespace = "test-" + UUID.randomUUID();
    private final Map<Blog, SimpleMeterRegistry> registries = new HashMap<>();

    private Blog node(String id) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Blog blog = CloudBlog.builder().clock(clock).meterRegistry(registry)
                .environment(Map.of()).systemProperties(new Properties())
                .property("blog.node.id", id)
                .property("blog.data.dir", data.toString())
                .property("blog.store.provider", "jpa")
                .property("blog.jpa.url", "jdbc:h2:file:" + data.resolve("blog").toAbsolutePath())
                .property("blog.cache.provider", "redis")
                .property("blog.events.provider", "redis")
                .property("blog.lock.provider", "redis")
                .property("blog.redis.url", SharedRedis.url())
                .property("blog.redis.namespace", namespace)
                .property("blog.lock.ttl", "1s")
                .property("blog.scheduler.interval", "50ms")
                .build();
        registries.put(blog, registry);
        return blog;
    }

    @Test
    @DisplayName("over 1,000 random writes, every read after the writer's invalidation arrived sees the new version")
    void noStaleReads() {
        try (Blog a = node("node-a"); Blog b = node("node-b")) {
            List<Blog> nodes = List.of(a, b);
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                posts.add(a.posts().create(PostInput.builder().title("Post " + i).author("ada").body("Body " + i)
                        .build()));
            }
            posts.forEach(post -> nodes.forEach(node -> node.posts().get(post.id()).orElseThrow()));
            Random random = new Random(42);
            int staleReads = 0;

            for (int write = 0; write < 1_000; write++) {
                int index = random.nextInt(posts.size());
                Blog writer = nodes.get(random.nextInt(2));
                Blog reader = writer == a ? b : a;
                Post current = posts.get(index);
                Post next = writer.posts().update(current.id(), current.version(),
                        PostInput.from(current).title("Post " + index + " v" + (current.version() + 1)).build());
                posts.set(index, next);

                Eventually.await("node " + (reader == a ? "a" : "b") + " to see version " + next.version(),
                        () -> reader.posts().get(next.id()).orElseThrow().version() == next.version());
                for (int read = 0; read < 3; read++) {
                    for (Blog node : nodes) {
                        Post seen = node.posts().get(next.id()).orElseThrow();
                        Post bySlug = node.posts().findBySlug(next.slug()).orElseThrow().post();
                        staleReads += seen.version() == next.version() ? 0 : 1;
                        staleReads += bySlug.version() == next.version() ? 0 : 1;
                    }
                }
            }

            assertThat(staleReads).isZero();
        }
    }

    @Test
    @DisplayName("scheduled posts are published by one node only, and by the other once the first has gone")
    void oneNodePublishes() {
        Blog a = node("node-a");
        try (Blog b = node("node-b")) {
            List<Post> due = schedule(a, 10);
            clock.advance(Duration.ofMinutes(2));
            awaitPublished(b, due);
            Eventually.await("both nodes to count what they published", () -> published(a) + published(b) == 10);

            double byA = published(a);
            double byB = published(b);
            assertThat(byA + byB).isEqualTo(10);
            assertThat(Math.min(byA, byB)).as("posts published by the node without the lock").isZero();

            Blog leader = byA > 0 ? a : b;
            Blog follower = leader == a ? b : a;
            leader.close();
            List<Post> later = schedule(follower, 5);
            clock.advance(Duration.ofMinutes(2));
            awaitPublished(follower, later);
            Eventually.await("the follower to count what it published", () -> published(follower) == 5);
        } finally {
            a.close();
        }
    }

    private List<Post> schedule(Blog blog, int count) {
        List<Post> scheduled = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Post draft = blog.posts().create(PostInput.builder().title("Due " + UUID.randomUUID()).author("ada")
                    .body("Soon.").build());
            scheduled.add(blog.posts().schedule(draft.id(), draft.version(), clock.instant().plusSeconds(60)));
        }
        return scheduled;
    }

    private void awaitPublished(Blog blog, List<Post> posts) {
        try {
            Eventually.await("scheduled posts to be published", () -> posts.stream()
                    .allMatch(post -> blog.posts().get(post.id()).orElseThrow().status() == PostStatus.PUBLISHED));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; statuses " + posts.stream()
                    .map(post -> blog.posts().get(post.id()).orElseThrow().status()).toList() + ", in the store "
                    + posts.stream().map(post -> blog.posts().history(post.id()).get(blog.posts().history(post.id())
                    .size() - 1).snapshot().status()).toList() + ", publishing runs "
                    + registries.get(blog).find("blog.operations").tag("operation", "posts.publishDue").timers()
                    .stream().mapToLong(timer -> timer.count()).sum() + ", clock " + clock.instant(), e);
        }
    }

    private double published(Blog blog) {
        return registries.get(blog).counter("blog.scheduler.published").count();
    }
}
