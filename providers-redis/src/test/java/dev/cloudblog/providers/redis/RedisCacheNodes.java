package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.Config;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Cache nodes for tests that need several of them, or a Redis of their own. */
final class RedisCacheNodes {

    private RedisCacheNodes() {
    }

    /** A node with these Redis settings, L1 of 1000 entries for 30 s, entries valid 10 min. */
    static RedisPostCache open(Map<String, String> settings, String node, MeterRegistry registry) {
        return new RedisPostCache(RedisSettings.of(Config.of(settings)), 1_000, Duration.ofMinutes(10),
                Duration.ofSeconds(30), Clock.systemUTC(), registry, node);
    }

    /** How often {@code operation} has failed, as counted in {@code registry}. */
    static double failures(MeterRegistry registry, String operation) {
        Counter counter = registry.find("blog.redis.failures").tag("operation", operation).counter();
        return counter == null ? 0 : counter.count();
    }
}
