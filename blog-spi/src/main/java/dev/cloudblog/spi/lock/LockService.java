package dev.cloudblog.spi.lock;

import java.time.Duration;
import java.util.Optional;

/**
 * Named locks with a time to live, for work that one node at a time must do (publishing
 * scheduled posts, cutting checkpoints). A lease that is not renewed within its time to live
 * expires, so a node that dies without releasing frees the lock for another.
 *
 * <p>Contract, checked by {@code LockKit} in {@code blog-tck}: of any number of callers racing for
 * a free lock exactly one gets it; a held lock is refused to everyone else until it is released
 * or expires; renewing extends a lease only while it is still the holder's; releasing never frees
 * a lock another holder has taken since. Thread-safe.
 */
public interface LockService extends AutoCloseable {

    /**
     * Takes the lock {@code name} for {@code ttl} if it is free.
     *
     * @return the lease, or empty when another holder has it (or the lock service cannot be reached)
     */
    Optional<Lease> tryAcquire(String name, Duration ttl);

    @Override
    void close();
}
