package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.cache.CacheProvider;
import dev.cloudblog.spi.cache.PostCache;
import java.time.Duration;

/**
 * The {@code redis} cache: a {@link RedisPostCache} per node, sharing an L2 in Redis with the
 * other nodes of the namespace. Settings, besides those of {@link RedisSettings}:
 *
 * <ul>
 *   <li>{@code blog.cache.maximum-size}: the most entries each node's L1 holds; default 10000;</li>
 *   <li>{@code blog.cache.expire-after-write}: how long an entry stays valid after it was loaded,
 *       in L1 and L2; default {@code 10m};</li>
 *   <li>{@code blog.redis.cache.l1-ttl}: how long a node keeps an entry in its L1 at most, which
 *       bounds how stale it may serve a post when an invalidation message is lost; default
 *       {@code 30s}.</li>
 * </ul>
 */
public final class RedisCacheProvider implements CacheProvider {

    /** The name that selects this cache: {@code blog.cache.provider=redis}. */
    public static final String NAME = "redis";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Opens the cache and subscribes to invalidations, waiting up to {@code blog.redis.timeout} for
     * the subscription; an unreachable Redis does not fail this, the cache works without it.
     *
     * @throws dev.cloudblog.api.BlogConfigurationException if a setting is invalid
     */
    @Override
    public PostCache create(ProviderContext context) {
        Config config = context.config();
        return new RedisPostCache(RedisSettings.of(config),
                config.longValue("blog.cache.maximum-size", 10_000, 0, Long.MAX_VALUE),
                config.duration("blog.cache.expire-after-write", Duration.ofMinutes(10)),
                config.duration("blog.redis.cache.l1-ttl", Duration.ofSeconds(30)),
                context.clock(), context.meterRegistry(), context.nodeId());
    }
}
