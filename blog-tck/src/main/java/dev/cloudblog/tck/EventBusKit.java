package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract every {@link EventBus} must pass. A provider's test extends it:
 *
 * <pre>{@code
 * class RedisEventBusKitTest extends EventBusKit {
 *     protected EventBus createBus(ProviderContext context) {
 *         return new RedisEventBusProvider().create(context);
 *     }
 * }
 * }</pre>
 *
 * Deliveries may be asynchronous: the kit waits for them with {@link Eventually}. A bus that
 * connects the nodes of a blog passes {@link SharedEventBusKit} instead, which adds the tests that
 * need two nodes.
 */
@ExtendWith(RandomSeedExtension.class)
public abstract class EventBusKit extends ProviderKit {

    protected EventBus bus;

    /** Creates a bus. Called before every test (and by {@link SharedEventBusKit} for a second node); closed after. */
    protected abstract EventBus createBus(ProviderContext context);

    @BeforeEach
    void openBus() {
        bus = createBus(context());
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    @DisplayName("every published event reaches every subscriber, in publish order")
    void deliversEverythingInOrder(Random random) throws Exception {
        List<Recorder> subscribers = List.of(new Recorder(), new Recorder(), new Recorder());
        for (Recorder subscriber : subscribers) {
            subscriber.subscribeTo(bus);
        }
        List<BlogEvent> published = randomEvents(random, 300 + random.nextInt(200));

        published.forEach(bus::publish);

        for (Recorder subscriber : subscribers) {
            subscriber.awaitCount(published.size());
            assertThat(subscriber.events).containsExactlyElementsOf(published);
        }
        closeAll(subscribers);
    }

    @Test
    @DisplayName("closing a subscription stops delivery to it and not to others")
    void closingASubscriptionStopsOnlyIt(Random random) throws Exception {
        Recorder leaving = new Recorder();
        Recorder staying = new Recorder();
        leaving.subscribeTo(bus);
        staying.subscribeTo(bus);
        List<BlogEvent> before = randomEvents(random, 20);
        before.forEach(bus::publish);
        leaving.awaitCount(before.size());
        staying.awaitCount(before.size());

        leaving.subscription.close();
        List<BlogEvent> after = randomEvents(random, 20);
        after.forEach(bus::publish);

        staying.awaitCount(before.size() + after.size());
        assertThat(staying.events.subList(before.size(), staying.events.size())).containsExactlyElementsOf(after);
        assertThat(leaving.events).containsExactlyElementsOf(before);
        staying.subscription.close();
    }

    @Test
    @DisplayName("a consumer that throws does not stop delivery to the others or to later events")
    void consumerFailuresAreContained(Random random) throws Exception {
        Recorder failing = new Recorder(event -> {
            throw new IllegalStateException("a consumer failing on purpose");
        });
        Recorder healthy = new Recorder();
        failing.subscribeTo(bus);
        healthy.subscribeTo(bus);
        List<BlogEvent> published = randomEvents(random, 30);

        for (BlogEvent event : published) {
            bus.publish(event);
        }

        healthy.awaitCount(published.size());
        failing.awaitCount(published.size());
        assertThat(healthy.events).containsExactlyElementsOf(published);
        assertThat(failing.events).containsExactlyElementsOf(published);
        closeAll(List.of(failing, healthy));
    }

    @Test
    @DisplayName("concurrent publishers lose nothing, and each publisher's events keep their order")
    void concurrentPublishersLoseNothing(Random random) throws Exception {
        int publishers = 8;
        int perPublisher = 100;
        Recorder subscriber = new Recorder();
        subscriber.subscribeTo(bus);
        List<List<BlogEvent>> batches = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            batches.add(randomEvents(random, perPublisher));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<BlogEvent> batch : batches) {
                done.add(pool.submit(() -> {
                    start.await();
                    batch.forEach(bus::publish);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        subscriber.awaitCount(publishers * perPublisher);
        assertThat(subscriber.events).hasSize(publishers * perPublisher);
        for (List<BlogEvent> batch : batches) {
            assertThat(subscriber.events.stream().filter(batch::contains).toList()).containsExactlyElementsOf(batch);
        }
        subscriber.subscription.close();
    }

    @Test
    @DisplayName("every kind of post event arrives equal to the one published")
    void eventsRoundTripEqual(Random random) throws Exception {
        Recorder subscriber = new Recorder();
        subscriber.subscribeTo(bus);
        List<BlogEvent> published = List.of(
                new PostEvent.Created(UUID.randomUUID(), instant(random), "p-1", 1, "hello"),
                new PostEvent.Updated(UUID.randomUUID(), instant(random), "p-1", 2, "hello", null),
                new PostEvent.Updated(UUID.randomUUID(), instant(random), "p-1", 3, "hello-world", "hello"),
                new PostEvent.StatusChanged(UUID.randomUUID(), instant(random), "p-1", 4, "hello-world",
                        PostStatus.DRAFT, PostStatus.SCHEDULED, instant(random)),
                new PostEvent.StatusChanged(UUID.randomUUID(), instant(random), "p-1", 5, "hello-world",
                        PostStatus.SCHEDULED, PostStatus.PUBLISHED, null),
                new PostEvent.Restored(UUID.randomUUID(), instant(random), "p-1", 6, "hello", "hello-world", 2),
                new PostEvent.Restored(UUID.randomUUID(), instant(random), "p-1", 7, "hello", null, 6),
                new PostEvent.Deleted(UUID.randomUUID(), instant(random), "p-1", 7, Set.of("hello", "hello-world")),
                new PostEvent.Created(UUID.randomUUID(), instant(random), "p-\u00e9\u4e2d\"\\", 1,
                        "sl\u00fcg \u2603 \"quoted\" \\ \n"));

        published.forEach(bus::publish);

        subscriber.awaitCount(published.size());
        assertThat(subscriber.events).containsExactlyElementsOf(published);
        subscriber.subscription.close();
    }

    /** {@code count} events of random kinds and fields, as the engine would publish them. */
    protected static List<BlogEvent> randomEvents(Random random, int count) {
        List<BlogEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(randomEvent(random));
        }
        return events;
    }

    private static BlogEvent randomEvent(Random random) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        Instant at = instant(random);
        String postId = "post-" + random.nextInt(1_000);
        long version = 1 + random.nextInt(50);
        String slug = "slug-" + random.nextInt(1_000);
        String previous = random.nextBoolean() ? null : "slug-" + random.nextInt(1_000);
        PostStatus[] statuses = PostStatus.values();
        return switch (random.nextInt(5)) {
            case 0 -> new PostEvent.Created(id, at, postId, 1, slug);
            case 1 -> new PostEvent.Updated(id, at, postId, version, slug, previous);
            case 2 -> new PostEvent.StatusChanged(id, at, postId, version, slug,
                    statuses[random.nextInt(statuses.length)], statuses[random.nextInt(statuses.length)],
                    random.nextBoolean() ? null : instant(random));
            case 3 -> new PostEvent.Restored(id, at, postId, version, slug, previous, 1 + random.nextInt(50));
            default -> new PostEvent.Deleted(id, at, postId, version,
                    previous == null ? Set.of(slug) : Set.of(slug, previous + "-old"));
        };
    }

    private static Instant instant(Random random) {
        return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000));
    }

    /** Closes the recorders' subscriptions. */
    protected static void closeAll(List<Recorder> recorders) throws Exception {
        for (Recorder recorder : recorders) {
            recorder.subscription.close();
        }
    }

    /** A subscriber that records what it receives, then does what it was given (which may throw). */
    protected static final class Recorder {

        final List<BlogEvent> events = new CopyOnWriteArrayList<>();
        private final Consumer<BlogEvent> then;
        AutoCloseable subscription;

        Recorder() {
            this(event -> {
            });
        }

        Recorder(Consumer<BlogEvent> then) {
            this.then = then;
        }

        void subscribeTo(EventBus bus) {
            subscription = bus.subscribe(event -> {
                events.add(event);
                then.accept(event);
            });
        }

        void awaitCount(int count) {
            Eventually.await(count + " events were delivered", () -> events.size() >= count);
        }
    }
}
