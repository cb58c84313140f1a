package dev.cloudblog.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times and counts the public operations of the blog. Each operation has a timer
 * {@code blog.operations} tagged {@code operation} and {@code outcome} ({@code success} or
 * {@code error}), and a counter {@code blog.operations.errors} tagged {@code operation} and
 * {@code exception} (the simple class name of what was thrown).
 */
public final class OperationMetrics {

    private final MeterRegistry registry;
    private final Map<String, Timer> successTimers = new ConcurrentHashMap<>();

    public OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs an operation, timing it and counting its failures; rethrows what it throws. */
    public <T> T record(String operation, Supplier<T> action) {
        long start = System.nanoTime();
        try {
            T result = action.get();
            successTimers.computeIfAbsent(operation, op -> timer(op, "success"))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException | Error e) {
            timer(operation, "error").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            Counter.builder("blog.operations.errors")
                    .description("Public blog operations that failed, by exception")
                    .tag("operation", operation)
                    .tag("exception", e.getClass().getSimpleName())
                    .register(registry)
                    .increment();
            throw e;
        }
    }

    private Timer timer(String operation, String outcome) {
        return Timer.builder("blog.operations")
                .description("Public blog operations")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Runs an operation that returns nothing, as {@link #record(String, Supplier)} does. */
    public void run(String operation, Runnable action) {
        record(operation, () -> {
            action.run();
            return null;
        });
    }
}
