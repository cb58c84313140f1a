package dev.cloudblog.providers.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.spi.event.EventBusProvider;
import dev.cloudblog.tck.SharedEventBusKit;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Redis event bus")
class RedisEventBusKitTest extends SharedEventBusKit {

    private final Map<String, String> settings = SharedRedis.settings();

    @Override
    protected Map<String, String> settings() {
        return settings;
    }

    @Override
    protected EventBus createBus(ProviderContext context) {
        return new RedisEventBusProvider().create(context);
    }

    @Test
    @DisplayName("is found on the class path under the name redis")
    void isDiscovered() {
        assertThat(ServiceLoader.load(EventBusProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider instanceof RedisEventBusProvider))
                .singleElement().extracting(EventBusProvider::name).isEqualTo("redis");
    }
}
