package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.lock.LockService;
import dev.cloudblog.tck.LockKit;
import java.util.Map;

/** The lock contract on the machine's Redis. */
class RedisLockKitTest extends LockKit {

    @Override
    protected Map<String, String> settings() {
        return SharedRedis.settings();
    }

    @Override
    protected LockService createLocks(ProviderContext context) {
        return new RedisLockProvider().create(context);
    }
}
