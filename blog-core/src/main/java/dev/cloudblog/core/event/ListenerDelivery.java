package dev.cloudblog.core.event;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.BlogEventListener;
import dev.cloudblog.api.event.Subscription;
import dev.cloudblog.spi.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to one listener, one at a time and in order. When the listener throws, the same
 * event is offered again after a delay that doubles from {@code initialDelay} up to {@code maxDelay};
 * later events wait behind it. Each listener has its own queue, so one failing never delays another.
 *
 * <p>Meters, tagged {@code listener}: {@code blog.events.delivered}, {@code blog.events.failures}
 * and the gauge {@code blog.events.backlog}.
 */
final class ListenerDelivery implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerDelivery.class);

    private final String name;
    private final BlogEventListener listener;
    private final Executor pool;
    private final ScheduledExecutorService scheduler;
    private final Backoff retry;
    private final Runnable onClose;
    private final ConcurrentLinkedQueue<BlogEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlog = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Counter delivered;
    private final Counter failures;
    private final Gauge backlogGauge;
    private final MeterRegistry registry;
    private volatile boolean closed;
    private int attempts;

    /**
     * @param pool      runs deliveries
     * @param scheduler waits out retry delays, then hands the retry to {@code pool}
     */
    ListenerDelivery(String name, BlogEventListener listener, Executor pool, ScheduledExecutorService scheduler,
                     Duration initialDelay, Duration maxDelay, MeterRegistry registry, Runnable onClose) {
        this.name = name;
        this.listener = listener;
        this.pool = pool;
        this.scheduler = scheduler;
        this.retry = new Backoff(initialDelay, maxDelay);
        this.onClose = onClose;
        this.delivered = Counter.builder("blog.events.delivered").tag("listener", name)
                .description("Events a listener handled").register(registry);
        this.failures = Counter.builder("blog.events.failures").tag("listener", name)
                .description("Times a listener threw; the event is delivered again").register(registry);
        this.backlogGauge = Gauge.builder("blog.events.backlog", backlog, AtomicInteger::get).tag("listener", name)
                .description("Events waiting for a listener").register(registry);
        this.registry = registry;
    }

    /** Queues an event; returns at once. */
    void enqueue(BlogEvent event) {
        if (closed) {
            return;
        }
        queue.add(event);
        backlog.incrementAndGet();
        if (running.compareAndSet(false, true)) {
            start();
        }
    }

    /** Runs {@link #deliver()} on the pool; the caller holds {@code running}. */
    private void start() {
        try {
            pool.execute(this::deliver);
        } catch (RejectedExecutionException closing) {
            running.set(false);
        }
    }

    /** Delivers queued events until the queue is empty or the listener fails; holds {@code running}. */
    private void deliver() {
        BlogEvent event;
        while (!closed && (event = queue.peek()) != null) {
            try {
                listener.onEvent(event);
            } catch (Throwable e) {
                retryLater(event, e);
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                return;
            }
            attempts = 0;
            queue.poll();
            backlog.decrementAndGet();
            delivered.increment();
        }
        running.set(false);
        if (!closed && !queue.isEmpty() && running.compareAndSet(false, true)) {
            start();
        }
    }

    /** Keeps {@code running} held while the retry waits, so no new event cuts the delay short. */
    private void retryLater(BlogEvent event, Throwable failure) {
        failures.increment();
        attempts++;
        Duration delay = retry.delay(attempts);
        if (attempts == 1) {
            LOG.warn("Listener '{}' failed on {}; retrying in {}", name, event, delay, failure);
        } else {
            LOG.warn("Listener '{}' failed on {} again (attempt {}: {}); retrying in {}", name, event.id(), attempts,
                    failure.toString(), delay);
        }
        try {
            scheduler.schedule(this::start, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            running.set(false);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int backlog() {
        return backlog.get();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            registry.remove(backlogGauge);
            onClose.run();
        }
    }
}
