package dev.cloudblog.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.cache.CacheStats;
import dev.cloudblog.spi.cache.PostCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * A post cache in the heap of this process, on Caffeine: bounded in size, entries expire a fixed
 * time after they were written, time read from the blog's clock.
 */
final class CaffeinePostCache implements PostCache {

    private final Cache<String, Post> cache;

    CaffeinePostCache(long maximumSize, Duration expireAfterWrite, Clock clock) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite)
                .ticker(() -> nanos(clock.instant()))
                .recordStats()
                .build();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    @Override
    public Optional<Post> get(String key, Function<String, Optional<Post>> loader) {
        return Optional.ofNullable(cache.get(key, k -> loader.apply(k).orElse(null)));
    }

    @Override
    public Optional<Post> getIfPresent(String key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    @Override
    public void invalidate(Collection<String> keys) {
        cache.invalidateAll(keys);
    }

    @Override
    public void invalidateAll() {
        cache.invalidateAll();
    }

    @Override
    public CacheStats stats() {
        com.github.benmanes.caffeine.cache.stats.CacheStats stats = cache.stats();
        return new CacheStats(stats.hitCount(), stats.missCount(), stats.evictionCount(), cache.estimatedSize());
    }

    @Override
    public void close() {
        cache.invalidateAll();
        cache.cleanUp();
    }
}
