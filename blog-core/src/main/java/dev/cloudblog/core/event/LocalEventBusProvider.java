package dev.cloudblog.core.event;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.spi.event.EventBusProvider;

/** The default event bus, {@code local}: events reach the listeners of this process only. */
public final class LocalEventBusProvider implements EventBusProvider {

    /** The name that selects this bus: {@code blog.events.provider=local}. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EventBus create(ProviderContext context) {
        return new LocalEventBus();
    }
}
