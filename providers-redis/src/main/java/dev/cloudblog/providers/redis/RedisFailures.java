package dev.cloudblog.providers.redis;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed Redis operations in {@code blog.redis.failures{operation}} and logs them at most
 * once per interval and operation, saying how many went unlogged since, so an outage neither goes
 * unnoticed nor floods the log. Thread-safe.
 */
public final class RedisFailures {

    private static final Logger LOG = LoggerFactory.getLogger(RedisFailures.class);

    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration interval;
    private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unlogged = new ConcurrentHashMap<>();

    public RedisFailures(MeterRegistry registry, Clock clock, Duration interval) {
        this.registry = registry;
        this.clock = clock;
        this.interval = interval;
    }

    /** Records that {@code operation} failed with {@code failure}. */
    public void failed(String operation, RuntimeException failure) {
        registry.counter("blog.redis.failures", "operation", operation).increment();
        Instant now = clock.instant();
        AtomicLong skipped = unlogged.computeIfAbsent(operation, key -> new AtomicLong());
        Instant last = lastLogged.get(operation);
        boolean due = last == null || !now.isBefore(last.plus(interval));
        boolean mine = due && (last == null ? lastLogged.putIfAbsent(operation, now) == null
                : lastLogged.replace(operation, last, now));
        if (!mine) {
            skipped.incrementAndGet();
            return;
        }
        long before = skipped.getAndSet(0);
        LOG.warn("Redis {} failed ({} more failures of it since the last report): {}", operation, before,
                failure.toString());
    }
}
