package dev.cloudblog.providers.jpa;

import java.time.Instant;

/** Instants as the store keeps them: nanoseconds since the epoch in a {@code long}, exactly. */
final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    /**
     * The nanoseconds since the epoch of {@code instant}, or {@code null} for {@code null}.
     *
     * @throws ArithmeticException if the instant lies outside 1677-09-21 to 2262-04-11
     */
    static Long of(Instant instant) {
        return instant == null ? null
                : Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }

    /** The instant {@code nanos} after the epoch, or {@code null} for {@code null}. */
    static Instant toInstant(Long nanos) {
        return nanos == null ? null : Instant.ofEpochSecond(0, nanos);
    }
}
