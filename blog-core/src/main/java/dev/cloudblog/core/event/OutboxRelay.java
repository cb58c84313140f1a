package dev.cloudblog.core.event;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves committed events from the store's outbox to the durable consumers and then the event bus,
 * in sequence order, and acknowledges each once both took it. It drains when woken after a commit and on a fixed poll
 * interval, which also replays what a crash left in the outbox. One drain runs at a time.
 *
 * <p>Meters: {@code blog.outbox.relayed} counts events handed to the bus,
 * {@code blog.outbox.failures} counts drains that failed in the background or during a catch-up
 * (the events stay and are retried). One drain runs at a time in this process; drains on other
 * nodes sharing the store may overlap, which is why consumers are idempotent.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    private static final int CATCH_UP_LIMIT = 10_000;

    private final PostStore store;
    private final EventBus bus;
    private final List<DurableConsumer> durableConsumers;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final Object drainLock = new Object();
    private final Counter relayed;
    private final Counter failures;
    private volatile ScheduledFuture<?> poller;

    public OutboxRelay(PostStore store, EventBus bus, List<DurableConsumer> durableConsumers,
                       ScheduledExecutorService executor, MeterRegistry registry) {
        this.store = store;
        this.bus = bus;
        this.durableConsumers = List.copyOf(durableConsumers);
        this.executor = executor;
        this.relayed = Counter.builder("blog.outbox.relayed")
                .description("Events moved from the outbox to the event bus").register(registry);
        this.failures = Counter.builder("blog.outbox.failures")
                .description("Attempts to hand an event to the bus that failed; the event is retried")
                .register(registry);
    }

    /** Starts polling the outbox every {@code interval}, beginning now. */
    public void start(Duration interval) {
        poller = executor.scheduleWithFixedDelay(this::drainQuietly, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Asks for a drain soon, on the executor; cheap and safe to call after every commit. Once the
     * executor is shut down it does nothing: the next start relays what is left.
     */
    public void wake() {
        if (drainRequested.compareAndSet(false, true)) {
            try {
                executor.execute(this::drainQuietly);
            } catch (RejectedExecutionException shutDown) {
                drainRequested.set(false);
            }
        }
    }

    /**
     * Hands every pending event to the bus now, on the calling thread.
     *
     * @return how many events were relayed
     * @throws RuntimeException what a durable consumer or the bus threw; the event that failed and those
     *         after it stay pending
     */
    public int drain() {
        synchronized (drainLock) {
            drainRequested.set(false);
            int total = 0;
            List<OutboxRecord> batch;
            do {
                batch = store.pendingEvents(BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                List<BlogEvent> events = batch.stream().map(OutboxRecord::event).toList();
                durableConsumers.forEach(consumer -> consumer.accept(events));
                List<Long> done = new ArrayList<>(batch.size());
                try {
                    for (OutboxRecord record : batch) {
                        bus.publish(record.event());
                        done.add(record.sequence());
                        relayed.increment();
                    }
                } finally {
                    if (!done.isEmpty()) {
                        store.acknowledge(done);
                    }
                }
                total += done.size();
            } while (batch.size() == BATCH);
            return total;
        }
    }

    /**
     * Brings the durable consumers up to date on the calling thread, even while the bus refuses
     * events: a full {@link #drain()} when it works, else the pending events (up to
     * {@value #CATCH_UP_LIMIT}) handed to the durable consumers alone, left in the outbox for the bus.
     *
     * @throws RuntimeException what a durable consumer threw
     */
    public void catchUp() {
        try {
            drain();
        } catch (RuntimeException busFailure) {
            failures.increment();
            synchronized (drainLock) {
                List<BlogEvent> events = store.pendingEvents(CATCH_UP_LIMIT).stream().map(OutboxRecord::event)
                        .toList();
                durableConsumers.forEach(consumer -> consumer.accept(events));
            }
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            failures.increment();
            LOG.warn("Could not relay outbox events to the event bus; they stay in the outbox and are retried", e);
        }
    }

    /** Stops polling; a drain under way finishes. */
    @Override
    public void close() {
        ScheduledFuture<?> current = poller;
        if (current != null) {
            current.cancel(false);
        }
    }
}
