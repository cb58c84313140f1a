package dev.cloudblog.spi.lock;

import java.time.Duration;

/** A held lock. Used by one thread at a time. */
public interface Lease extends AutoCloseable {

    /** The lock's name. */
    String name();

    /**
     * Extends the lease by {@code ttl} from now, if it is still held.
     *
     * @return whether it is still held; once false, the lease is lost for good
     */
    boolean renew(Duration ttl);

    /** Releases the lock if it is still held; never frees a lock another holder has taken since. */
    @Override
    void close();
}
