package dev.cloudblog.tck;

import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/** Provider contexts for kits: given settings and clock, a fresh meter registry, node id {@code test-node}. */
public final class ProviderContexts {

    private ProviderContexts() {
    }

    /** A context with these settings, this clock and this executor. */
    public static ProviderContext context(Map<String, String> settings, Clock clock, ScheduledExecutorService executor) {
        return new ProviderContext(Config.of(settings), clock, executor, new SimpleMeterRegistry(), "test-node");
    }
}
