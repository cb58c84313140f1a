package dev.cloudblog.core.event;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.tck.EventBusKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The local event bus")
class LocalEventBusKitTest extends EventBusKit {

    @Override
    protected EventBus createBus(ProviderContext context) {
        return new LocalEventBusProvider().create(context);
    }
}
