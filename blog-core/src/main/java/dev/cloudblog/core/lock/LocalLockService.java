package dev.cloudblog.core.lock;

import dev.cloudblog.spi.lock.Lease;
import dev.cloudblog.spi.lock.LockService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks held in this process, expiring on the blog's clock: enough for one node, which is all a
 * blog without a shared lock service can be. Thread-safe.
 */
final class LocalLockService implements LockService {

    private final Clock clock;
    private final Map<String, Holder> holders = new ConcurrentHashMap<>();

    LocalLockService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Lease> tryAcquire(String name, Duration ttl) {
        Objects.requireNonNull(name, "name");
        Holder mine = new Holder(clock.instant().plus(ttl));
        Holder current = holders.compute(name, (key, held) -> held == null || held.expired(clock) ? mine : held);
        return current == mine ? Optional.of(new LocalLease(name, mine)) : Optional.empty();
    }

    @Override
    public void close() {
        holders.clear();
    }

    /** One acquisition of a lock, by identity; {@code expiresAt} moves on renewal. */
    private static final class Holder {
        private volatile Instant expiresAt;

        Holder(Instant expiresAt) {
            this.expiresAt = expiresAt;
        }

        boolean expired(Clock clock) {
            return !clock.instant().isBefore(expiresAt);
        }
    }

    private final class LocalLease implements Lease {
        private final String name;
        private final Holder holder;

        LocalLease(String name, Holder holder) {
            this.name = name;
            this.holder = holder;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean renew(Duration ttl) {
            boolean[] held = {false};
            holders.computeIfPresent(name, (key, current) -> {
                if (current == holder && !current.expired(clock)) {
                    current.expiresAt = clock.instant().plus(ttl);
                    held[0] = true;
                }
                return current;
            });
            return held[0];
        }

        @Override
        public void close() {
            holders.remove(name, holder);
        }
    }
}
