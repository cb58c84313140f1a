package dev.cloudblog.spi.event;

import dev.cloudblog.api.event.BlogEvent;
import java.util.function.Consumer;

/**
 * Carries committed events from the outbox to the consumers of every node sharing the blog. The
 * engine publishes each event once, in commit order; a bus hands it to every consumer, in that
 * order. Consumers must return quickly (the engine's consumer only enqueues). Thread-safe.
 */
public interface EventBus extends AutoCloseable {

    /**
     * Publishes an event.
     *
     * @throws RuntimeException if the bus could not take it; the engine keeps it in the outbox and
     *         publishes it again later
     */
    void publish(BlogEvent event);

    /** Registers a consumer of every event published from now on; close the result to stop. */
    AutoCloseable subscribe(Consumer<BlogEvent> consumer);

    @Override
    void close();
}
