package dev.cloudblog.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told, for tests of anything time-driven. Thread-safe.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
 * clock.advance(Duration.ofHours(1));
 * }</pre>
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    private MutableClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** A clock standing at {@code instant}, in ISO-8601 form. */
    public static MutableClock at(String instant) {
        return new MutableClock(Instant.parse(instant));
    }

    /** A clock standing at {@code instant}. */
    public static MutableClock at(Instant instant) {
        return new MutableClock(instant);
    }

    /** Moves the clock forward (or, with a negative amount, back). */
    public void advance(Duration amount) {
        now.updateAndGet(instant -> instant.plus(amount));
    }

    /** Sets the clock. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a mutable clock stays in UTC");
    }
}
