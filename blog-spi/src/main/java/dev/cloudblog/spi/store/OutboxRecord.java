package dev.cloudblog.spi.store;

import dev.cloudblog.api.event.BlogEvent;
import java.util.Objects;

/**
 * An event waiting in the outbox.
 *
 * @param sequence its position, strictly increasing in commit order
 * @param event    the event
 */
public record OutboxRecord(long sequence, BlogEvent event) {

    public OutboxRecord {
        Objects.requireNonNull(event, "event");
    }
}
