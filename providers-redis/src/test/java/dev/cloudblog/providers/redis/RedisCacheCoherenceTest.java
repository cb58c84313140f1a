package dev.cloudblog.providers.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.Config;
import dev.cloudblog.tck.Eventually;
import dev.cloudblog.tck.TestPosts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

/** Two nodes sharing one namespace on the machine's Redis. */
class RedisCacheCoherenceTest {

    private final Map<String, String> settings = SharedRedis.settings();
    private final SimpleMeterRegistry registryA = new SimpleMeterRegistry();
    private final SimpleMeterRegistry registryB = new SimpleMeterRegistry();
    private final Post original = TestPosts.draft("42", "hello", "Hello", Instant.parse("2030-01-01T00:00:00Z"));
    private final Post edited = TestPosts.edited(original, "Hello again", Instant.parse("2030-01-01T00:01:00Z"));
    private RedisPostCache nodeA;
    private RedisPostCache nodeB;

    @BeforeEach
    void openNodes() {
        nodeA = RedisCacheNodes.open(settings, "node-a", registryA);
        nodeB = RedisCacheNodes.open(settings, "node-b", registryB);
    }

    @AfterEach
    void closeNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    @DisplayName("a post one node loaded is served to the other from L2, without loading it again")
    void sharesLoadsThroughL2() {
        AtomicInteger loads = new AtomicInteger();
        nodeA.get("id:42", key -> {
            loads.incrementAndGet();
            return Optional.of(original);
        });

        assertThat(nodeB.get("id:42", key -> {
            loads.incrementAndGet();
            return Optional.of(original);
        })).contains(original);
        assertThat(loads).hasValue(1);
        assertThat(registryB.counter("blog.redis.cache.l2.hits").count()).isEqualTo(1);
        assertThat(registryA.counter("blog.redis.cache.misses").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a key invalidated on one node leaves the other node's L1 once the message arrives")
    void invalidationReachesTheOtherNode() {
        nodeA.get("id:42", key -> Optional.of(original));
        nodeB.get("id:42", key -> Optional.of(original));
        assertThat(nodeB.getIfPresent("id:42")).contains(original);

        nodeA.invalidate(List.of("id:42"));

        Eventually.await("node B dropped the key", () -> nodeB.getIfPresent("id:42").isEmpty());
        assertThat(nodeB.get("id:42", key -> Optional.of(edited))).contains(edited);
        assertThat(nodeA.get("id:42", key -> Optional.of(original))).contains(edited);
    }

    @Test
    @DisplayName("invalidating everything on one node empties L2 and the other node's L1")
    void invalidateAllReachesTheOtherNode() {
        nodeA.get("id:42", key -> Optional.of(original));
        nodeB.get("slug:hello", key -> Optional.of(original));

        nodeA.invalidateAll();

        Eventually.await("node B dropped everything", () -> nodeB.getIfPresent("slug:hello").isEmpty());
        assertThat(nodeB.getIfPresent("id:42")).isEmpty();
    }

    @Test
    @DisplayName("a load that began before another node's invalidation puts its older post in neither L2 nor L1")
    void loadInFlightDoesNotUndoAnotherNodesInvalidation() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<Post>> slowRead = CompletableFuture.supplyAsync(() -> nodeB.get("id:42", key -> {
            loading.countDown();
            await(release);
            return Optional.of(original);
        }));
        assertThat(loading.await(1, TimeUnit.MINUTES)).isTrue();

        nodeA.invalidate(List.of("id:42"));
        release.countDown();

        assertThat(slowRead.get(1, TimeUnit.MINUTES)).contains(original);
        RedisSettings redis = RedisSettings.of(Config.of(settings));
        try (JedisPooled commands = redis.pool()) {
            assertThat(commands.get(redis.key("cache", "v1", "id:42"))).isNull();
        }
        Eventually.await("node B dropped its older post", () -> nodeB.getIfPresent("id:42").isEmpty());
        assertThat(nodeA.get("id:42", key -> Optional.of(edited))).contains(edited);
        assertThat(nodeB.get("id:42", key -> Optional.of(original))).contains(edited);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
