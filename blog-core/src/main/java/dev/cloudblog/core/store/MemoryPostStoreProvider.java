package dev.cloudblog.core.store;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostStoreProvider;

/** The default post store, {@code memory}: in the heap, for tests, demos and embedded previews. */
public final class MemoryPostStoreProvider implements PostStoreProvider {

    /** The name that selects this store: {@code blog.store.provider=memory}. */
    public static final String NAME = "memory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PostStore create(ProviderContext context) {
        return new MemoryPostStore();
    }
}
