package dev.cloudblog.spi;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What a provider gets from the engine. Providers take time, threads and metrics from here, never
 * from the JVM directly, so that tests can control the clock and the host can own the threads.
 *
 * @param config        the blog's settings
 * @param clock         the clock to read time from
 * @param executor      threads for background work; owned by the engine, never shut down by providers
 * @param meterRegistry where to register meters, each named under {@code blog.}
 * @param nodeId        this blog instance's id, unique among the nodes sharing one store
 */
public record ProviderContext(
        Config config, Clock clock, ScheduledExecutorService executor, MeterRegistry meterRegistry, String nodeId) {

    public ProviderContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(meterRegistry, "meterRegistry");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
