package dev.cloudblog.core.cache;

import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.cache.CacheProvider;
import dev.cloudblog.spi.cache.PostCache;
import java.time.Duration;

/**
 * The default cache, {@code caffeine}: in process. Settings: {@code blog.cache.maximum-size}
 * (entries, default 10000) and {@code blog.cache.expire-after-write} (default 10m).
 */
public final class CaffeineCacheProvider implements CacheProvider {

    /** The name that selects this cache: {@code blog.cache.provider=caffeine}. */
    public static final String NAME = "caffeine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PostCache create(ProviderContext context) {
        Config config = context.config();
        return new CaffeinePostCache(
                config.longValue("blog.cache.maximum-size", 10_000, 0, Long.MAX_VALUE),
                config.duration("blog.cache.expire-after-write", Duration.ofMinutes(10)),
                context.clock());
    }
}
