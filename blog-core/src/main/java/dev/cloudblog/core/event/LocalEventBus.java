package dev.cloudblog.core.event;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.spi.event.EventBus;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An event bus within one process: publishing hands the event to every consumer on the caller's thread. */
final class LocalEventBus implements EventBus {

    private final CopyOnWriteArrayList<Consumer<BlogEvent>> consumers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(BlogEvent event) {
        consumers.forEach(consumer -> consumer.accept(event));
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
