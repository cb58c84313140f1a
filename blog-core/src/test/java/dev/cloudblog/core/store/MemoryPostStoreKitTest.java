package dev.cloudblog.core.store;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.PostStoreKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The memory store")
class MemoryPostStoreKitTest extends PostStoreKit {

    @Override
    protected PostStore createStore(ProviderContext context) {
        return new MemoryPostStoreProvider().create(context);
    }
}
