package dev.cloudblog.core.cache;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.cache.PostCache;
import dev.cloudblog.tck.PostCacheKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The Caffeine cache")
class CaffeinePostCacheKitTest extends PostCacheKit {

    @Override
    protected PostCache createCache(ProviderContext context) {
        return new CaffeineCacheProvider().create(context);
    }
}
