package dev.cloudblog.providers.redis;

import java.util.Map;
import java.util.UUID;

/**
 * The machine's Redis, which the tests share: {@code BLOG_TEST_REDIS_URL}, default
 * {@code redis://127.0.0.1:6379}. Each caller gets a namespace of its own, so tests never see
 * each other's keys.
 */
final class SharedRedis {

    private SharedRedis() {
    }

    /** The shared server's URL. */
    static String url() {
        String url = System.getenv("BLOG_TEST_REDIS_URL");
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
    }

    /** Settings for the shared server under a fresh namespace. */
    static Map<String, String> settings() {
        return Map.of("blog.redis.url", url(), "blog.redis.namespace", "test-" + UUID.randomUUID());
    }
}
