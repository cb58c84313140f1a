package dev.cloudblog.providers.jpa;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.PostStoreKit;
import java.util.Map;

/** The post store contract on a fresh in-memory H2 database per test. */
class JpaH2PostStoreKitTest extends PostStoreKit {

    @Override
    protected Map<String, String> settings() {
        return TestDatabases.h2();
    }

    @Override
    protected PostStore createStore(ProviderContext context) {
        return new JpaPostStoreProvider().create(context);
    }
}
