package dev.cloudblog.providers.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.tck.Eventually;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blog whose cache, events and locks are on a Redis that dies and comes back while it works. */
@DisplayName("A blog through a Redis outage")
class RedisBlogOutageTest {

    @TempDir
    Path data;

    @Test
    @DisplayName("keeps reading and writing while Redis is down, counts the failures, and delivers the outage's events after")
    void survivesAnOutage() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        List<Post> written = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        int atKill;
        try (RedisServerProcess redis = RedisServerProcess.start();
             Blog blog = CloudBlog.builder().meterRegistry(registry)
                     .environment(Map.of()).systemProperties(new Properties())
                     .property("blog.data.dir", data.toString())
                     .property("blog.cache.provider", "redis")
                     .property("blog.events.provider", "redis")
                     .property("blog.lock.provider", "redis")
                     .property("blog.redis.url", redis.url())
                     .property("blog.redis.timeout", "500ms")
                     .property("blog.outbox.poll-interval", "100ms")
                     .listener("delivery", event -> delivered.add(event.postId()))
                     .build()) {
            Thread traffic = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        Post post = blog.posts().create(PostInput.builder().title("Post " + i).author("ada")
                                .body("Written through the outage.").build());
                        written.add(post);
                        assertThat(blog.posts().get(post.id())).contains(post);
                        assertThat(blog.posts().findBySlug(post.slug())).isPresent();
                        assertThat(blog.posts().get(written.get(i / 2).id())).isPresent();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }, "traffic");
            traffic.start();
            try {
                Eventually.await("writes before the outage", () -> written.size() >= 20);
                redis.kill();
                atKill = written.size();
                Eventually.await("writes during the outage", () -> written.size() >= atKill + 20);
                redis.restart();
                int atRestart = written.size();
                Eventually.await("writes after the outage", () -> written.size() >= atRestart + 20);
            } finally {
                running.set(false);
                traffic.join();
            }

            assertThat(failures).as("reads and writes that failed").isEmpty();
            assertThat(registry.find("blog.redis.failures").counters().stream()
                    .mapToDouble(counter -> counter.count()).sum()).isPositive();
            // Events the stream held unread when Redis died are lost with it (this Redis keeps nothing
            // on disk); those written from the outage on waited in the outbox and must all arrive.
            Eventually.await("an event of every post written from the outage on", () -> written
                    .subList(atKill, written.size()).stream().allMatch(post -> delivered.contains(post.id())));
            for (Post post : written) {
                assertThat(blog.posts().get(post.id())).contains(post);
            }
        }
    }
}
