package dev.cloudblog.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Delays between attempts at something that failed: {@code initial} after the first failure,
 * doubling after each further one, never more than {@code max}.
 *
 * <pre>{@code
 * Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
 * backoff.delay(1); // 1s
 * backoff.delay(4); // 8s
 * backoff.delay(9); // 1m
 * }</pre>
 *
 * @param initial the delay after the first failure; positive
 * @param max     the longest delay; at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("the first delay must be positive, not " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("the longest delay " + max + " is shorter than the first " + initial);
        }
    }

    /**
     * The delay before the attempt that follows failure number {@code failures}.
     *
     * @throws IllegalArgumentException if {@code failures} is less than 1
     */
    public Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("a delay follows at least one failure, not " + failures);
        }
        Duration delay = initial.multipliedBy(1L << Math.min(failures - 1, 30));
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }
}
