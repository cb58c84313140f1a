package dev.cloudblog.core.lock;

import dev.cloudblog.spi.lock.Lease;
import dev.cloudblog.spi.lock.LockService;
import java.time.Duration;

/**
 * A periodic task that runs on one node at a time: a run takes (or renews) the named lock and runs
 * the task only while this node holds it. The holder keeps the lock by running at least once per
 * time to live; when it stops (or dies) the lock expires and another node's next run takes it.
 * The time to live must therefore exceed the task's period and any one run. Runs are not
 * concurrent; closing releases the lock.
 */
public final class ExclusiveTask implements AutoCloseable {

    private final LockService locks;
    private final String name;
    private final Duration ttl;
    private final Runnable task;
    private Lease lease;

    public ExclusiveTask(LockService locks, String name, Duration ttl, Runnable task) {
        this.locks = locks;
        this.name = name;
        this.ttl = ttl;
        this.task = task;
    }

    /** Runs the task if this node holds, or can take, the lock. */
    public synchronized void run() {
        if (lease != null && !lease.renew(ttl)) {
            lease = null;
        }
        if (lease == null) {
            lease = locks.tryAcquire(name, ttl).orElse(null);
        }
        if (lease != null) {
            task.run();
        }
    }

    @Override
    public synchronized void close() {
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }
}
