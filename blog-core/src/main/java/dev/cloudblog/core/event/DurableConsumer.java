package dev.cloudblog.core.event;

import dev.cloudblog.api.event.BlogEvent;
import java.util.List;

/**
 * Derived state that must never miss an event, such as the revision log. The outbox relay hands
 * each batch of committed events to every durable consumer before it acknowledges them, so after a
 * crash the batch comes again: consumers must be idempotent.
 */
@FunctionalInterface
public interface DurableConsumer {

    /**
     * Takes a batch of committed events, in outbox sequence order.
     *
     * @throws RuntimeException to leave the batch in the outbox; it is offered again later
     */
    void accept(List<BlogEvent> events);
}
