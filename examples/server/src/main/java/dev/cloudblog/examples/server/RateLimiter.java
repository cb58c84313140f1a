package dev.cloudblog.examples.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a client address, a user): {@code perMinute} requests at once, refilled
 * evenly over a minute. A request over the limit is refused with an {@link ApiProblem} 429 whose
 * {@code Retry-After} says how many seconds until the next one is allowed. Buckets idle for ten
 * minutes are dropped. Thread-safe.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final String what;
    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /**
     * @param what      what is limited, for the problem's detail, e.g. {@code token requests}
     * @param perMinute requests allowed per key and minute
     * @param nanoTime  the time source, {@code System::nanoTime} outside tests
     */
    RateLimiter(String what, int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request per minute, not " + perMinute);
        }
        this.what = what;
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one request from the key's bucket.
     *
     * @throws ApiProblem 429 if the bucket is empty
     */
    void acquire(String key) {
        long waitNanos = buckets.get(key, k -> new Bucket(perMinute, nanoTime.getAsLong())).take(nanoTime.getAsLong());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw new ApiProblem(429, "rate-limited", "Too many requests",
                    "at most " + perMinute + " " + what + " a minute are allowed; retry in " + seconds + " s",
                    Map.of("retryAfterSeconds", seconds), Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        /** Takes a token and returns 0, or returns how long until one is there. */
        synchronized long take(long now) {
            tokens = Math.min(perMinute, tokens + (double) (now - refilledAt) * perMinute / MINUTE_NANOS);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute);
        }
    }
}
