package dev.cloudblog.providers.redis;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.json.BlogJson;
import dev.cloudblog.spi.cache.CacheStats;
import dev.cloudblog.spi.cache.PostCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.StampedLock;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A post cache for several nodes: a Caffeine L1 in this process in front of an L2 in Redis that
 * all nodes of the namespace share, kept coherent by invalidation messages.
 *
 * <h2>Reading</h2>
 * {@link #get} looks in L1, then in L2, then calls the loader, and fills L2 and L1 with what it
 * loaded. Concurrent misses on one key wait for a single L2 lookup and load: L1 maps a key to the
 * future of its entry, which the first caller completes on its own thread. An L2 entry is
 * {@code <expires-at epoch millis> <post JSON>} under {@code <namespace>:cache:v1:<key>}: it expires after {@code blog.cache.expire-after-write} on the
 * blog's clock, and Redis drops it after the same time. An L1 entry lives for
 * {@code blog.redis.cache.l1-ttl}, never beyond its L2 expiry. Hits, L2 hits and misses are counted
 * in {@code blog.redis.cache.l1.hits}, {@code blog.redis.cache.l2.hits} and
 * {@code blog.redis.cache.misses}; {@link #stats()} reports L1 and L2 hits together as hits.
 *
 * <h2>Invalidating</h2>
 * {@link #invalidate} deletes the keys from L2, then drops them from L1, then publishes them on
 * {@link CacheInvalidations the channel}; the other nodes drop them from their L1 when the message
 * arrives. {@link #invalidateAll} does the same for every key of the namespace.
 *
 * <h2>Races with loads in flight</h2>
 * A load that began before an invalidation must not store its older post afterwards:
 * <ul>
 *   <li>In L1, a load in flight is the future in the key's slot. Invalidating the key, here or from
 *       another node, or everything, or a loss or renewal of the subscription removes that future
 *       without waiting; the load then completes into a future no longer in L1, so its callers get
 *       its post but later lookups do not. Invalidation never blocks behind a load.</li>
 *   <li>The keys of one invalidation leave L1 together as far as readers can tell: a lookup that
 *       overlaps the removal waits the few microseconds until it is over. So once a reader sees
 *       one key of a post gone (its id), it sees the others (its slugs) gone too.</li>
 *   <li>In L2, invalidating a key also increments its generation,
 *       {@code <namespace>:cache:gen:<key>}, which lives for {@code blog.redis.cache.l1-ttl};
 *       invalidating everything increments {@code <namespace>:cache:epoch}. A load reads both
 *       together with the entry, and its fill is a script that writes only if neither has moved
 *       since. A load that took longer than a generation lives, or whose L2 lookup failed, does not
 *       fill L2.</li>
 * </ul>
 *
 * <h2>Outages</h2>
 * Every Redis call is bounded by {@code blog.redis.timeout}. When one fails, the cache goes on
 * with L1 and the loader, invalidation still drops L1, and the failure is counted and logged by
 * {@link RedisFailures}; no method throws because Redis is unreachable. The pool reconnects by
 * itself and the subscription is renewed with backoff, clearing L1 each time.
 *
 * <p>Thread-safe.
 */
public final class RedisPostCache implements PostCache {

    private static final String FILL = """
            if (redis.call('GET', KEYS[2]) or '') == ARGV[1] and (redis.call('GET', KEYS[3]) or '') == ARGV[2] then
              redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
              return 1
            end
            return 0""";
    private static final String DROP = """
            for i = 1, #KEYS, 2 do
              redis.call('DEL', KEYS[i])
              redis.call('INCR', KEYS[i + 1])
              redis.call('PEXPIRE', KEYS[i + 1], ARGV[1])
            end
            return #KEYS / 2""";
    private static final int SCAN_COUNT = 500;

    private final RedisSettings settings;
    private final JedisPooled pool;
    private final RedisFailures failures;
    private final BlogJson json = new BlogJson();
    private final Clock clock;
    private final Duration expireAfterWrite;
    private final Duration l1TimeToLive;
    private final AsyncCache<String, Entry> l1;
    private final StampedLock dropping = new StampedLock();
    private final Tally l1Hits;
    private final Tally l2Hits;
    private final Tally misses;
    private final CacheInvalidations invalidations;

    /**
     * Opens the cache and subscribes to invalidations.
     *
     * @param settings         where Redis is and the namespace
     * @param maximumSize      the most entries L1 holds
     * @param expireAfterWrite how long an entry stays valid after it was loaded
     * @param l1TimeToLive     how long L1 keeps an entry at most, bounding how stale it can be when
     *                         an invalidation message is lost
     * @param clock            the blog's clock
     * @param registry         where the tier counters and failures are counted
     * @param node             this node's id, to ignore its own messages
     */
    public RedisPostCache(RedisSettings settings, long maximumSize, Duration expireAfterWrite, Duration l1TimeToLive,
                          Clock clock, MeterRegistry registry, String node) {
        this.settings = settings;
        this.clock = clock;
        this.expireAfterWrite = expireAfterWrite;
        this.l1TimeToLive = l1TimeToLive;
        this.failures = new RedisFailures(registry, clock, settings.failureLogInterval());
        this.l1 = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Entry>writing((key, entry) -> timeToLive(entry)))
                .ticker(() -> nanos(clock.instant()))
                .recordStats()
                .buildAsync();
        this.l1Hits = new Tally(registry, "blog.redis.cache.l1.hits");
        this.l2Hits = new Tally(registry, "blog.redis.cache.l2.hits");
        this.misses = new Tally(registry, "blog.redis.cache.misses");
        this.pool = settings.pool();
        this.invalidations = new CacheInvalidations(settings, pool, failures, node, this::dropLocally,
                this::dropAllLocally, this::dropAllLocally);
    }

    /** A post cached until {@code expiresAt} on the blog's clock. */
    private record Entry(Post post, Instant expiresAt) {
    }

    /** What L2 held for a key, and the generation and epoch a fill must still find. */
    private record Lookup(Entry entry, String generation, String epoch) {
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private Duration timeToLive(Entry entry) {
        Duration left = Duration.between(clock.instant(), entry.expiresAt());
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(l1TimeToLive) < 0 ? left : l1TimeToLive;
    }

    @Override
    public Optional<Post> get(String key, Function<String, Optional<Post>> loader) {
        return lookUp(key, loader);
    }

    @Override
    public Optional<Post> getIfPresent(String key) {
        return lookUp(key, k -> Optional.empty());
    }

    /** L1, then L2 and the loader once for all concurrent callers; see the class comment. */
    private Optional<Post> lookUp(String key, Function<String, Optional<Post>> loader) {
        CompletableFuture<Entry> loading = new CompletableFuture<>();
        CompletableFuture<Entry> cached = probe(key);
        if (cached == null) {
            cached = l1.asMap().putIfAbsent(key, loading);
        }
        if (cached != null) {
            Entry entry = await(cached);
            (entry == null ? misses : l1Hits).add();
            return Optional.ofNullable(entry).map(Entry::post);
        }
        Entry entry;
        try {
            entry = fetch(key, loader);
        } catch (RuntimeException | Error e) {
            loading.completeExceptionally(e);
            throw e;
        }
        loading.complete(entry);
        return Optional.ofNullable(entry).map(Entry::post);
    }

    /** The key's slot in L1, read when no drop is under way, waiting for one that is. */
    private CompletableFuture<Entry> probe(String key) {
        while (true) {
            long stamp = dropping.tryOptimisticRead();
            CompletableFuture<Entry> cached = l1.getIfPresent(key);
            if (dropping.validate(stamp)) {
                return cached;
            }
            dropping.unlockRead(dropping.readLock());
        }
    }

    /** Drops keys from L1 at once as far as {@link #probe} can tell. */
    private void drop(Runnable removal) {
        long stamp = dropping.writeLock();
        try {
            removal.run();
        } finally {
            dropping.unlockWrite(stamp);
        }
    }

    /** The entry another caller is loading or has loaded, failing as its load failed. */
    private static Entry await(CompletableFuture<Entry> cached) {
        try {
            return cached.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The entry from L2 or else the loader, filling L2; {@code null} if there is none. */
    private Entry fetch(String key, Function<String, Optional<Post>> loader) {
        long began = System.nanoTime();
        Lookup lookup = readL2(key);
        if (lookup.entry() != null && clock.instant().isBefore(lookup.entry().expiresAt())) {
            l2Hits.add();
            return lookup.entry();
        }
        misses.add();
        Optional<Post> loaded = loader.apply(key);
        if (loaded.isEmpty()) {
            return null;
        }
        Entry entry = new Entry(loaded.get(), clock.instant().plus(expireAfterWrite));
        boolean quick = Duration.ofNanos(System.nanoTime() - began).compareTo(l1TimeToLive) < 0;
        if (lookup.generation() != null && quick) {
            fillL2(key, entry, lookup);
        }
        return entry;
    }

    private Lookup readL2(String key) {
        List<String> values;
        try {
            values = pool.mget(valueKey(key), generationKey(key), epochKey());
        } catch (JedisException e) {
            failures.failed("cache-get", e);
            return new Lookup(null, null, null);
        }
        String generation = values.get(1) == null ? "" : values.get(1);
        String epochValue = values.get(2) == null ? "" : values.get(2);
        return new Lookup(decode(values.get(0)), generation, epochValue);
    }

    private Entry decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            int space = value.indexOf(' ');
            return new Entry(json.post(value.substring(space + 1)),
                    Instant.ofEpochMilli(Long.parseLong(value.substring(0, space))));
        } catch (RuntimeException e) {
            failures.failed("cache-decode", e);
            return null;
        }
    }

    private void fillL2(String key, Entry entry, Lookup lookup) {
        String value = entry.expiresAt().toEpochMilli() + " " + json.post(entry.post());
        try {
            pool.eval(FILL, List.of(valueKey(key), generationKey(key), epochKey()), List.of(lookup.generation(),
                    lookup.epoch(), value, Long.toString(expireAfterWrite.toMillis())));
        } catch (JedisException e) {
            failures.failed("cache-put", e);
        }
    }

    /**
     * Deletes the keys from L2 and advances their generations, then drops them from L1 (with their
     * loads in flight here), then tells the other nodes. L2 goes first: a load that read L2 before
     * the delete was in L1 already and is dropped with it, while one that begins after the L1 drop
     * finds L2 empty and reads the store, which holds the write. Returns normally when Redis fails.
     */
    @Override
    public void invalidate(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> redisKeys = new ArrayList<>(keys.size() * 2);
        for (String key : keys) {
            redisKeys.add(valueKey(key));
            redisKeys.add(generationKey(key));
        }
        try {
            pool.eval(DROP, redisKeys, List.of(Long.toString(l1TimeToLive.toMillis())));
        } catch (JedisException e) {
            failures.failed("cache-invalidate", e);
        }
        dropLocally(keys);
        invalidations.publishKeys(keys);
    }

    /**
     * Advances the namespace's epoch and deletes every entry of the namespace from L2
     * ({@code SCAN} and {@code DEL}), then clears L1 and tells the other nodes, in the order and for
     * the reason {@link #invalidate} gives. Returns normally when Redis fails.
     */
    @Override
    public void invalidateAll() {
        try {
            pool.incr(epochKey());
            ScanParams params = new ScanParams().match(glob(valueKey("")) + "*").count(SCAN_COUNT);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = pool.scan(cursor, params);
                if (!page.getResult().isEmpty()) {
                    pool.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        } catch (JedisException e) {
            failures.failed("cache-invalidate", e);
        }
        dropAllLocally();
        invalidations.publishAll();
    }

    private void dropAllLocally() {
        drop(() -> l1.synchronous().invalidateAll());
    }

    private void dropLocally(Collection<String> keys) {
        drop(() -> l1.synchronous().invalidateAll(keys));
    }

    /** {@code text} as a SCAN pattern that matches only itself. */
    private static String glob(String text) {
        return text.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }

    private String valueKey(String key) {
        return settings.key("cache", "v1", key);
    }

    private String generationKey(String key) {
        return settings.key("cache", "gen", key);
    }

    private String epochKey() {
        return settings.key("cache", "epoch");
    }

    /** Hits of L1 and L2 together, misses, L1 evictions and L1 size. */
    @Override
    public CacheStats stats() {
        return new CacheStats(l1Hits.sum() + l2Hits.sum(), misses.sum(),
                l1.synchronous().stats().evictionCount(), l1.synchronous().estimatedSize());
    }

    /** Stops listening for invalidations, clears L1 and closes the connections. */
    @Override
    public void close() {
        invalidations.close();
        pool.close();
        l1.synchronous().invalidateAll();
        l1.synchronous().cleanUp();
    }

    /** A count of this cache's, also added to a counter of the registry. */
    private static final class Tally {

        private final LongAdder count = new LongAdder();
        private final Counter counter;

        Tally(MeterRegistry registry, String name) {
            this.counter = registry.counter(name);
        }

        void add() {
            count.increment();
            counter.increment();
        }

        long sum() {
            return count.sum();
        }
    }
}
