package dev.cloudblog.providers.jpa;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.PostStoreKit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The post store contract on PostgreSQL, in a new schema per test (see {@link TestDatabases}).
 * Fails, never skips, when PostgreSQL is unreachable. The schema is dropped while the store's pool
 * is still open (the kit closes the store afterwards); idle connections hold no locks.
 */
class JpaPostgresPostStoreKitTest extends PostStoreKit {

    private String schema;

    @Override
    protected Map<String, String> settings() {
        if (schema == null) {
            schema = TestDatabases.createPgSchema();
        }
        return TestDatabases.pg(schema);
    }

    @Override
    protected PostStore createStore(ProviderContext context) {
        return new JpaPostStoreProvider().create(context);
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestDatabases.dropPgSchema(schema);
            schema = null;
        }
    }
}
