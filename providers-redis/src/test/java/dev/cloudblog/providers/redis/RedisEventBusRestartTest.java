package dev.cloudblog.providers.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.tck.Eventually;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Redis event bus across node restarts")
class RedisEventBusRestartTest {

    private final Map<String, String> settings = SharedRedis.settings();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private EventBus node(String nodeId) {
        return new RedisEventBusProvider().create(new ProviderContext(Config.of(settings), Clock.systemUTC(), executor,
                new SimpleMeterRegistry(), nodeId));
    }

    private static BlogEvent event(int n) {
        return new PostEvent.Created(UUID.randomUUID(), Instant.now(), "post-" + n, 1, "slug-" + n);
    }

    @Test
    @DisplayName("a node back with the same id receives exactly what was published while it was away, in order")
    void catchesUpAfterRestart() throws Exception {
        try (EventBus a = node("node-a")) {
            List<BlogEvent> seenBeforeRestart = new CopyOnWriteArrayList<>();
            try (EventBus b = node("node-b"); AutoCloseable subscription = b.subscribe(seenBeforeRestart::add)) {
                BlogEvent first = event(0);
                a.publish(first);
                Eventually.await("node b saw the first event", () -> seenBeforeRestart.contains(first));
            }

            List<BlogEvent> missed = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                missed.add(event(i));
                a.publish(missed.get(i - 1));
            }

            List<BlogEvent> seenAfterRestart = new CopyOnWriteArrayList<>();
            try (EventBus b = node("node-b"); AutoCloseable subscription = b.subscribe(seenAfterRestart::add)) {
                BlogEvent marker = event(51);
                a.publish(marker);
                Eventually.await("node b saw the event published after its return",
                        () -> seenAfterRestart.contains(marker));
                List<BlogEvent> expected = new ArrayList<>(missed);
                expected.add(marker);
                assertThat(seenAfterRestart).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    @DisplayName("a node new to the stream starts with the events published after its bus was created")
    void newNodeStartsAtTheEnd() throws Exception {
        try (EventBus a = node("node-a")) {
            a.publish(event(0));
            List<BlogEvent> seen = new CopyOnWriteArrayList<>();
            try (EventBus c = node("node-c")) {
                BlogEvent beforeSubscribing = event(1);
                a.publish(beforeSubscribing);
                try (AutoCloseable subscription = c.subscribe(seen::add)) {
                    BlogEvent after = event(2);
                    a.publish(after);
                    Eventually.await("node c saw the event", () -> seen.contains(after));
                    assertThat(seen).containsExactly(beforeSubscribing, after);
                }
            }
        }
    }
}
