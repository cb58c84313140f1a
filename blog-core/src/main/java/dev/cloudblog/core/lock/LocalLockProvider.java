package dev.cloudblog.core.lock;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.lock.LockProvider;
import dev.cloudblog.spi.lock.LockService;

/** The default lock service, {@code local}: locks within this blog instance only. */
public final class LocalLockProvider implements LockProvider {

    /** The name that selects this service: {@code blog.lock.provider=local}. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LockService create(ProviderContext context) {
        return new LocalLockService(context.clock());
    }
}
