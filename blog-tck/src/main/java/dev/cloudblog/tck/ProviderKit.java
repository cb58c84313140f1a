package dev.cloudblog.tck;

import dev.cloudblog.spi.ProviderContext;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;

/**
 * What every capability kit gives the service under test: a {@link MutableClock} standing at
 * 2030-01-01, an executor shut down after each test, and a {@link ProviderContext} holding the
 * kit's {@link #settings()}.
 */
public abstract class ProviderKit {

    protected final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private ScheduledExecutorService executor;

    /** Settings for the provider under test; none by default. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** A context for creating the service under test; its executor lives until the test ends. */
    protected final ProviderContext context() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor();
        }
        return ProviderContexts.context(settings(), clock, executor);
    }

    @AfterEach
    final void shutDownExecutor() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
