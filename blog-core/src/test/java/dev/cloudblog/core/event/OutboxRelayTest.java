package dev.cloudblog.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.core.store.MemoryPostStoreProvider;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.MutableClock;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.TestPosts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The outbox relay")
class OutboxRelayTest {

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final PostStore store = new MemoryPostStoreProvider().create(ProviderContexts.context(Map.of(), clock, executor));

    @AfterEach
    void close() {
        executor.shutdownNow();
    }

    private void commit(String slug) {
        store.save(TestPosts.write(TestPosts.draft(slug + "-id", slug, slug, clock.instant())));
    }

    @Test
    @DisplayName("events a crash left in the outbox are relayed on the next start, in order, once")
    void replaysAfterCrash() {
        commit("a");
        commit("b");
        List<BlogEvent> published = new CopyOnWriteArrayList<>();
        EventBus bus = new FlakyBus(0, published::add);

        OutboxRelay relay = new OutboxRelay(store, bus, List.of(), executor, new SimpleMeterRegistry());
        assertThat(relay.drain()).isEqualTo(2);
        assertThat(relay.drain()).isZero();

        assertThat(published).extracting(BlogEvent::postId).containsExactly("a-id", "b-id");
        assertThat(store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("an event the bus refuses stays in the outbox, with those after it, until the bus takes it")
    void keepsRefusedEvents() {
        commit("a");
        commit("b");
        commit("c");
        List<BlogEvent> published = new CopyOnWriteArrayList<>();
        OutboxRelay relay = new OutboxRelay(store, new FlakyBus(1, published::add), List.of(), executor,
                new SimpleMeterRegistry());

        assertThatThrownBy(relay::drain).hasMessageContaining("bus unavailable");
        assertThat(published).isEmpty();
        assertThat(store.pendingEvents(10)).hasSize(3);

        relay.drain();
        assertThat(published).extracting(BlogEvent::postId).containsExactly("a-id", "b-id", "c-id");
        assertThat(store.pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("a durable consumer sees every batch before the bus, and its failure keeps the batch in the outbox")
    void feedsDurableConsumersFirst() {
        commit("a");
        commit("b");
        List<BlogEvent> published = new CopyOnWriteArrayList<>();
        List<String> consumed = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(1);
        DurableConsumer log = events -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("log unavailable");
            }
            events.forEach(event -> consumed.add(event.postId()));
        };
        OutboxRelay relay = new OutboxRelay(store, new FlakyBus(0, published::add), List.of(log), executor,
                new SimpleMeterRegistry());

        assertThatThrownBy(relay::drain).hasMessageContaining("log unavailable");
        assertThat(published).isEmpty();
        assertThat(store.pendingEvents(10)).hasSize(2);

        assertThat(relay.drain()).isEqualTo(2);
        assertThat(consumed).containsExactly("a-id", "b-id");
        assertThat(published).extracting(BlogEvent::postId).containsExactly("a-id", "b-id");
    }

    /** A bus that refuses its first {@code failures} publishes. */
    private static final class FlakyBus implements EventBus {
        private final AtomicInteger failuresLeft;
        private final Consumer<BlogEvent> sink;

        FlakyBus(int failures, Consumer<BlogEvent> sink) {
            this.failuresLeft = new AtomicInteger(failures);
            this.sink = sink;
        }

        @Override
        public void publish(BlogEvent event) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("bus unavailable");
            }
            sink.accept(event);
        }

        @Override
        public AutoCloseable subscribe(Consumer<BlogEvent> consumer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
