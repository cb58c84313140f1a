package dev.cloudblog.core.event;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.BlogEventListener;
import dev.cloudblog.api.event.Events;
import dev.cloudblog.api.event.Subscription;
import dev.cloudblog.spi.event.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blog's {@link Events}: takes every event from the bus and queues it for each subscribed
 * listener, which a {@link ListenerDelivery} then delivers with retries. Deliveries run on a pool
 * of their own, one thread per busy listener, so a slow listener holds up neither another one nor
 * the engine's housekeeping. Names starting with {@value #INTERNAL_PREFIX} belong to the engine.
 */
public final class EventHub implements Events, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    static final String INTERNAL_PREFIX = "cloudblog:";

    private final Map<String, ListenerDelivery> deliveries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final ExecutorService deliveryPool;
    private final Duration initialRetryDelay;
    private final Duration maxRetryDelay;
    private final MeterRegistry registry;
    private final AutoCloseable busSubscription;

    public EventHub(EventBus bus, ScheduledExecutorService executor, Duration initialRetryDelay,
                    Duration maxRetryDelay, MeterRegistry registry) {
        this.scheduler = executor;
        AtomicInteger threads = new AtomicInteger();
        this.deliveryPool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "cloudblog-listener-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.initialRetryDelay = initialRetryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.registry = registry;
        this.busSubscription = bus.subscribe(this::dispatch);
    }

    private void dispatch(BlogEvent event) {
        deliveries.values().forEach(delivery -> delivery.enqueue(event));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if the name starts with {@value #INTERNAL_PREFIX}
     */
    @Override
    public Subscription subscribe(String name, BlogEventListener listener) {
        if (name != null && name.startsWith(INTERNAL_PREFIX)) {
            throw new IllegalArgumentException("listener names starting with '" + INTERNAL_PREFIX
                    + "' belong to the engine: '" + name + "'");
        }
        return register(name, listener);
    }

    /** Subscribes one of the engine's own listeners, under {@value #INTERNAL_PREFIX}{@code name}. */
    public Subscription subscribeInternal(String name, BlogEventListener listener) {
        return register(INTERNAL_PREFIX + name, listener);
    }

    private synchronized Subscription register(String name, BlogEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a listener needs a name for logs and metrics");
        }
        if (deliveries.containsKey(name)) {
            throw new IllegalArgumentException("a listener named '" + name + "' is already subscribed");
        }
        ListenerDelivery[] self = new ListenerDelivery[1];
        self[0] = new ListenerDelivery(name, listener, deliveryPool, scheduler, initialRetryDelay, maxRetryDelay,
                registry, () -> deliveries.remove(name, self[0]));
        deliveries.put(name, self[0]);
        return self[0];
    }

    /** Total events waiting across listeners. */
    public int backlog() {
        return deliveries.values().stream().mapToInt(ListenerDelivery::backlog).sum();
    }

    @Override
    public void close() {
        try {
            busSubscription.close();
        } catch (Exception e) {
            LOG.warn("Could not unsubscribe from the event bus", e);
        }
        deliveries.values().forEach(ListenerDelivery::close);
        deliveryPool.shutdownNow();
        try {
            if (!deliveryPool.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("A listener was still running 5 seconds after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
