package dev.cloudblog.providers.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.tck.Eventually;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Redis event bus through a Redis outage")
class RedisEventBusOutageTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private RedisServerProcess server;

    @BeforeEach
    void startServer() {
        server = RedisServerProcess.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
        executor.shutdownNow();
    }

    private EventBus bus() {
        Config config = Config.of(Map.of("blog.redis.url", server.url(), "blog.redis.timeout", "500ms"));
        return new RedisEventBusProvider().create(new ProviderContext(config, Clock.systemUTC(), executor, registry,
                "node-a"));
    }

    private static BlogEvent event(int n) {
        return new PostEvent.Created(UUID.randomUUID(), Instant.now(), "post-" + n, 1, "slug-" + n);
    }

    private double failures(String operation) {
        return registry.counter("blog.redis.failures", "operation", operation).count();
    }

    @Test
    @DisplayName("publishing fails while Redis is down, and delivery resumes by itself once it is back")
    void recoversFromAnOutage() throws Exception {
        try (EventBus bus = bus()) {
            List<BlogEvent> seen = new CopyOnWriteArrayList<>();
            bus.subscribe(seen::add);
            BlogEvent before = event(0);
            bus.publish(before);
            Eventually.await("the event before the outage arrived", () -> seen.contains(before));

            server.kill();
            assertThatThrownBy(() -> bus.publish(event(1))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Redis did not take event");
            assertThat(failures("events.publish")).isEqualTo(1);
            Eventually.await("the reader noticed the outage", () -> failures("events.read") > 0);

            server.restart();
            BlogEvent first = event(2);
            Eventually.await("publishing works again", () -> publishes(bus, first));
            List<BlogEvent> after = new ArrayList<>(List.of(first));
            for (int i = 3; i < 13; i++) {
                after.add(event(i));
                bus.publish(after.get(after.size() - 1));
            }

            Eventually.await("the events published after the outage arrived", () -> seen.containsAll(after));
            assertThat(seen).containsExactlyElementsOf(concat(before, after));
        }
    }

    private static boolean publishes(EventBus bus, BlogEvent event) {
        try {
            bus.publish(event);
            return true;
        } catch (IllegalStateException stillDown) {
            return false;
        }
    }

    private static List<BlogEvent> concat(BlogEvent first, List<BlogEvent> rest) {
        List<BlogEvent> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
