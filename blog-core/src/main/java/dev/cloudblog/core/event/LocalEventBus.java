package dev.cloudblog.core.event;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.spi.event.EventBus;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event bus within one process: publishing hands the event to every consumer on the caller's
 * thread. A consumer that throws is logged and skipped; the others still get the event, and the
 * publish succeeds, since the event did reach the bus.
 */
final class LocalEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventBus.class);

    private final CopyOnWriteArrayList<Consumer<BlogEvent>> consumers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(BlogEvent event) {
        for (Consumer<BlogEvent> consumer : consumers) {
            try {
                consumer.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("An event consumer failed on {}; the other consumers still get it", event, e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<BlogEvent> consumer) {
        consumers.add(consumer);
        return () -> consumers.remove(consumer);
    }

    @Override
    public void close() {
        consumers.clear();
    }
}
