package dev.cloudblog.core.verification;

import dev.cloudblog.core.store.MemoryPostStoreProvider;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostStoreProvider;

/** Serves a {@link TamperingStore} over the memory store, and hands the test the one it created. */
public final class TamperingStoreProvider implements PostStoreProvider {

    static final String NAME = "tampering";
    private static final ThreadLocal<TamperingStore> CREATED = new ThreadLocal<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PostStore create(ProviderContext context) {
        TamperingStore store = new TamperingStore(new MemoryPostStoreProvider().create(context));
        CREATED.set(store);
        return store;
    }

    /** The store this thread's last blog was opened on. */
    static TamperingStore created() {
        return CREATED.get();
    }
}
