package dev.cloudblog.core.lock;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.lock.LockService;
import dev.cloudblog.tck.LockKit;

/** The lock contract on the in-process default. */
class LocalLockKitTest extends LockKit {

    @Override
    protected LockService createLocks(ProviderContext context) {
        return new LocalLockProvider().create(context);
    }
}
