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
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blog's {@link Events}: takes every event from the bus and queues it for each subscribed
 * listener, which a {@link ListenerDelivery} then delivers with retries.
 */
public final class EventHub implements Events, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

    private final Map<String, ListenerDelivery> deliveries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor;
    private final Duration initialRetryDelay;
    private final Duration maxRetryDelay;
    private final MeterRegistry registry;
    private final AutoCloseable busSubscription;

    public EventHub(EventBus bus, ScheduledExecutorService executor, Duration initialRetryDelay,
                    Duration maxRetryDelay, MeterRegistry registry) {
        this.executor = executor;
        this.initialRetryDelay = initialRetryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.registry = registry;
        this.busSubscription = bus.subscribe(this::dispatch);
    }

    private void dispatch(BlogEvent event) {
        deliveries.values().forEach(delivery -> delivery.enqueue(event));
    }

    @Override
    public Subscription subscribe(String name, BlogEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a listener needs a name for logs and metrics");
        }
        if (deliveries.containsKey(name)) {
            throw new IllegalArgumentException("a listener named '" + name + "' is already subscribed");
        }
        ListenerDelivery delivery = new ListenerDelivery(name, listener, executor, initialRetryDelay, maxRetryDelay,
                registry, () -> deliveries.remove(name));
        if (deliveries.putIfAbsent(name, delivery) != null) {
            throw new IllegalArgumentException("a listener named '" + name + "' is already subscribed");
        }
        return delivery;
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
    }
}
