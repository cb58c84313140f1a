package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.lock.LockProvider;
import dev.cloudblog.spi.lock.LockService;

/** The {@code redis} lock service: locks shared by every node on one Redis (see {@link RedisLockService}). */
public final class RedisLockProvider implements LockProvider {

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public LockService create(ProviderContext context) {
        RedisSettings settings = RedisSettings.of(context.config());
        return new RedisLockService(settings, new RedisFailures(context.meterRegistry(), context.clock(),
                settings.failureLogInterval()));
    }
}
