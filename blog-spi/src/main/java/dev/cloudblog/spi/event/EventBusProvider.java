package dev.cloudblog.spi.event;

import dev.cloudblog.spi.Provider;

/** Entry point of an event bus. One bus serves a blog; {@code local} (in process) is the default. */
public interface EventBusProvider extends Provider<EventBus> {
}
