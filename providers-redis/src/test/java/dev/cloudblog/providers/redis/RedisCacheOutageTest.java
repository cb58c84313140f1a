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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The cache while its Redis, a server of the test's own, is killed and started again. */
class RedisCacheOutageTest {

    private final RedisServerProcess server = RedisServerProcess.start();
    private final Map<String, String> settings = Map.of("blog.redis.url", server.url(), "blog.redis.namespace",
            "outage", "blog.redis.timeout", "1s", "blog.redis.failure-log-interval", "1m");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Map<String, Post> store = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final Function<String, Optional<Post>> loader = key -> {
        loads.incrementAndGet();
        return Optional.ofNullable(store.get(key));
    };

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    @DisplayName("with Redis down, reads fall back to L1 and the store, invalidation still drops L1, and "
            + "everything recovers when Redis is back")
    void survivesAnOutage() {
        Post post = TestPosts.draft("1", "one", "One", Instant.parse("2030-01-01T00:00:00Z"));
        store.put("id:1", post);
        try (RedisPostCache cache = RedisCacheNodes.open(settings, "node-a", registry)) {
            assertThat(cache.get("id:1", loader)).contains(post);

            server.kill();
            Eventually.await("the node lost its subscription",
                    () -> RedisCacheNodes.failures(registry, "cache-subscribe") > 0);
            loads.set(0);
            for (int i = 0; i < 3; i++) {
                assertThat(cache.get("id:1", loader)).contains(post);
            }
            assertThat(loads).as("loads from the store: once after L1 was cleared, then served from L1")
                    .hasValue(1);
            assertThat(RedisCacheNodes.failures(registry, "cache-get")).isGreaterThan(0);

            Post edited = TestPosts.edited(post, "One again", Instant.parse("2030-01-01T00:01:00Z"));
            store.put("id:1", edited);
            cache.invalidate(List.of("id:1"));
            assertThat(cache.get("id:1", loader)).contains(edited);
            assertThat(loads).hasValue(2);
            assertThat(RedisCacheNodes.failures(registry, "cache-invalidate")).isGreaterThan(0);
            assertThat(RedisCacheNodes.failures(registry, "cache-publish")).isGreaterThan(0);

            server.restart();
            Eventually.await("the node subscribed again", () -> subscribers() == 1);
            try (RedisPostCache other = RedisCacheNodes.open(settings, "node-b", new SimpleMeterRegistry())) {
                Eventually.await("a post loaded on one node is in L2 for the other", () -> {
                    cache.invalidate(List.of("id:1"));
                    cache.get("id:1", loader);
                    return other.getIfPresent("id:1").isPresent();
                });
                assertThat(cache.getIfPresent("id:1")).contains(edited);
                other.invalidate(List.of("id:1"));
                Eventually.await("the other node's invalidation reached this one",
                        () -> cache.getIfPresent("id:1").isEmpty());
            }
        }
    }

    private long subscribers() {
        RedisSettings redis = RedisSettings.of(Config.of(settings));
        try (Jedis commands = new Jedis(redis.hostAndPort(), redis.clientConfig(redis.timeout()))) {
            return commands.pubsubNumSub(redis.key("cache", "invalidations")).values().iterator().next();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
