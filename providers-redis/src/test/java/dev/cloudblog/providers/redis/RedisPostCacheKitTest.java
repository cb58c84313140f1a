package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.cache.PostCache;
import dev.cloudblog.tck.PostCacheKit;
import java.util.HashMap;
import java.util.Map;

/** The cache contract on the machine's Redis, each test in a namespace of its own. */
class RedisPostCacheKitTest extends PostCacheKit {

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.putAll(SharedRedis.settings());
        return settings;
    }

    @Override
    protected PostCache createCache(ProviderContext context) {
        return new RedisCacheProvider().create(context);
    }
}
