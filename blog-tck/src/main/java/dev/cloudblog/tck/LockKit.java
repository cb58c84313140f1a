package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.lock.Lease;
import dev.cloudblog.spi.lock.LockService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link LockService} must pass. A provider's test extends it:
 *
 * <pre>{@code
 * class RedisLockKitTest extends LockKit {
 *     protected LockService createLocks(ProviderContext context) {
 *         return new RedisLockProvider().create(context);
 *     }
 * }
 * }</pre>
 *
 * Expiry is checked both on the context's clock (advanced by the kit) and in real time (short
 * leases), so that services timing leases either way pass. Every test uses lock names of its own.
 */
public abstract class LockKit extends ProviderKit {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LONG = Duration.ofMinutes(5);

    protected LockService locks;
    private final String prefix = "kit-" + UUID.randomUUID() + "-";

    /** Creates the lock service; called before every test, closed after it. */
    protected abstract LockService createLocks(ProviderContext context);

    @BeforeEach
    void openLocks() {
        locks = createLocks(context());
    }

    @AfterEach
    void closeLocks() {
        locks.close();
    }

    @Test
    @DisplayName("a held lock is refused to others until its holder releases it")
    void heldUntilReleased() {
        Lease lease = locks.tryAcquire(name("a"), LONG).orElseThrow();

        assertThat(lease.name()).isEqualTo(name("a"));
        assertThat(locks.tryAcquire(name("a"), LONG)).isEmpty();
        assertThat(locks.tryAcquire(name("b"), LONG)).isPresent();

        lease.close();

        assertThat(locks.tryAcquire(name("a"), LONG)).isPresent();
    }

    @Test
    @DisplayName("a lease that is not renewed expires and the lock goes to another holder")
    void expires() {
        Lease first = locks.tryAcquire(name("a"), SHORT).orElseThrow();
        clock.advance(SHORT.multipliedBy(2));

        Lease[] second = new Lease[1];
        Eventually.await("the lock to expire", () -> {
            second[0] = locks.tryAcquire(name("a"), LONG).orElse(null);
            return second[0] != null;
        });

        assertThat(first.renew(LONG)).as("renewing an expired lease").isFalse();
        first.close();
        assertThat(locks.tryAcquire(name("a"), LONG)).as("the new holder keeps the lock").isEmpty();
        assertThat(second[0].renew(LONG)).isTrue();
    }

    @Test
    @DisplayName("renewing a held lease keeps the lock past its first time to live")
    void renewalKeepsTheLock() throws InterruptedException {
        Lease lease = locks.tryAcquire(name("a"), Duration.ofSeconds(2)).orElseThrow();

        for (int i = 0; i < 4; i++) {
            TimeUnit.MILLISECONDS.sleep(500);
            clock.advance(Duration.ofMillis(500));
            assertThat(lease.renew(Duration.ofSeconds(2))).isTrue();
        }

        assertThat(locks.tryAcquire(name("a"), LONG)).isEmpty();
    }

    @Test
    @DisplayName("of many callers racing for a free lock exactly one gets it")
    void oneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String lock = name("race-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<Lease>>> attempts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        return locks.tryAcquire(lock, LONG);
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Optional<Lease>> attempt : attempts) {
                    winners += attempt.get(10, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                }
                assertThat(winners).as("winners of round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String name(String suffix) {
        return prefix + suffix;
    }
}
