package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.cache.PostCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract every {@link PostCache} must pass. A provider's test extends it:
 *
 * <pre>{@code
 * class RedisPostCacheKitTest extends PostCacheKit {
 *     protected PostCache createCache(ProviderContext context) {
 *         return new RedisCacheProvider().create(context);
 *     }
 * }
 * }</pre>
 *
 * The kit configures {@code blog.cache.maximum-size} and {@code blog.cache.expire-after-write},
 * which every cache provider honours, and drives time through {@link ProviderContext#clock()}.
 */
@ExtendWith(RandomSeedExtension.class)
public abstract class PostCacheKit extends ProviderKit {

    /** The size bound the kit configures. */
    protected static final int MAXIMUM_SIZE = 100;
    /** The time to live the kit configures. */
    protected static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    protected PostCache cache;

    /** Creates an empty cache. Called before every test; the kit closes it after. */
    protected abstract PostCache createCache(ProviderContext context);

    /** The size bound and time to live the kit tests, which every cache provider honours. */
    @Override
    protected Map<String, String> settings() {
        return Map.of("blog.cache.maximum-size", Integer.toString(MAXIMUM_SIZE),
                "blog.cache.expire-after-write", TIME_TO_LIVE.toString());
    }

    @BeforeEach
    void openCache() {
        cache = createCache(context());
    }

    @AfterEach
    void closeCache() {
        cache.close();
    }

    private Post post(String slug) {
        return TestPosts.draft(UUID.randomUUID().toString(), slug, "Title " + slug, clock.instant());
    }

    @Test
    @DisplayName("a miss loads the post once and later lookups are hits")
    void loadsOnceThenHits() {
        Post post = post("a");
        AtomicInteger loads = new AtomicInteger();

        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("id:a", key -> {
                loads.incrementAndGet();
                return Optional.of(post);
            })).contains(post);
        }
        assertThat(loads).hasValue(1);
        assertThat(cache.getIfPresent("id:a")).contains(post);
        assertThat(cache.stats().hits()).isEqualTo(3);
        assertThat(cache.stats().misses()).isEqualTo(1);
    }

    @Test
    @DisplayName("an absent post is not cached, so it is looked up again")
    void doesNotCacheAbsence() {
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("id:none", key -> {
                loads.incrementAndGet();
                return Optional.empty();
            })).isEmpty();
        }
        assertThat(loads).hasValue(3);
        assertThat(cache.getIfPresent("id:none")).isEmpty();
    }

    @Test
    @DisplayName("invalidated keys are dropped and loaded afresh; other keys stay")
    void invalidates() {
        Post a = post("a");
        Post b = post("b");
        cache.get("id:a", key -> Optional.of(a));
        cache.get("id:b", key -> Optional.of(b));

        cache.invalidate(List.of("id:a", "id:unknown"));

        assertThat(cache.getIfPresent("id:a")).isEmpty();
        assertThat(cache.getIfPresent("id:b")).contains(b);
        Post newer = TestPosts.edited(a, "Newer", clock.instant());
        assertThat(cache.get("id:a", key -> Optional.of(newer))).contains(newer);

        cache.invalidateAll();
        assertThat(cache.getIfPresent("id:a")).isEmpty();
        assertThat(cache.getIfPresent("id:b")).isEmpty();
    }

    @Test
    @DisplayName("entries expire once the configured time to live has passed on the blog's clock")
    void expiresOnTheContextClock() {
        Post post = post("a");
        AtomicInteger loads = new AtomicInteger();
        cache.get("id:a", key -> {
            loads.incrementAndGet();
            return Optional.of(post);
        });

        clock.advance(TIME_TO_LIVE.minusSeconds(1));
        assertThat(cache.getIfPresent("id:a")).contains(post);
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.getIfPresent("id:a")).isEmpty();
        cache.get("id:a", key -> {
            loads.incrementAndGet();
            return Optional.of(post);
        });
        assertThat(loads).hasValue(2);
    }

    @Test
    @DisplayName("the cache stays within its maximum size")
    void boundsItsSize(Random random) throws InterruptedException {
        for (int i = 0; i < MAXIMUM_SIZE * 5; i++) {
            Post post = post("p" + i);
            cache.get("id:" + random.nextInt(1_000_000) + "-" + i, key -> Optional.of(post));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cache.stats().size() > MAXIMUM_SIZE && System.nanoTime() < deadline) {
            cache.getIfPresent("id:poke");
            Thread.sleep(10);
        }
        assertThat(cache.stats().size()).isLessThanOrEqualTo(MAXIMUM_SIZE);
        assertThat(cache.stats().evictions()).isGreaterThan(0);
    }

    @Test
    @DisplayName("concurrent misses on one key call the loader once and all see its post")
    void coalescesConcurrentLoads() throws Exception {
        Post post = post("hot");
        int readers = 16;
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Optional<Post>>> results = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get("id:hot", key -> {
                        loads.incrementAndGet();
                        sleepQuietly(50);
                        return Optional.of(post);
                    });
                }));
            }
            start.countDown();
            for (Future<Optional<Post>> result : results) {
                assertThat(result.get(1, TimeUnit.MINUTES)).contains(post);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    @DisplayName("an invalidation made while a load is in flight is not undone by that load")
    void invalidationWinsOverInFlightLoad() throws Exception {
        Post stale = post("racy");
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Thread invalidator = new Thread(() -> cache.invalidate(List.of("id:racy")), "kit-invalidator");
        try {
            Future<Optional<Post>> load = pool.submit(() -> cache.get("id:racy", key -> {
                loading.countDown();
                awaitQuietly(release);
                return Optional.of(stale);
            }));
            assertThat(loading.await(1, TimeUnit.MINUTES)).isTrue();
            invalidator.start();
            // The invalidation is under way once its thread waits for the load or has finished.
            Eventually.await("the invalidation reached the cache", () -> invalidator.getState() != Thread.State.RUNNABLE
                    && invalidator.getState() != Thread.State.NEW);
            release.countDown();
            load.get(1, TimeUnit.MINUTES);
            invalidator.join(TimeUnit.MINUTES.toMillis(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.getIfPresent("id:racy")).isEmpty();
    }

    @Test
    @DisplayName("once an invalidation has returned, no lookup gets the post it replaced, whatever runs alongside")
    void noLookupOutlivesAnInvalidation() throws Exception {
        AtomicReference<Post> stored = new AtomicReference<>(post("busy"));
        AtomicLong invalidatedUpTo = new AtomicLong(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger staleLookups = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> reading = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reading.add(readers.submit(() -> {
                    while (writing.get()) {
                        long floor = invalidatedUpTo.get();
                        long seen = cache.get("id:busy", key -> Optional.of(stored.get())).orElseThrow().version();
                        if (seen < floor) {
                            staleLookups.incrementAndGet();
                        }
                    }
                }));
            }
            for (int write = 0; write < 1_000; write++) {
                Post next = TestPosts.edited(stored.get(), "Title " + write, clock.instant());
                stored.set(next);
                cache.invalidate(List.of("id:busy"));
                invalidatedUpTo.set(next.version());
            }
            writing.set(false);
            for (Future<?> reader : reading) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            writing.set(false);
            readers.shutdownNow();
        }
        assertThat(staleLookups).as("lookups that got a post replaced before they began").hasValue(0);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
