package dev.cloudblog.core;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.analysis.Analysis;
import dev.cloudblog.api.event.BlogEventListener;
import dev.cloudblog.api.event.Events;
import dev.cloudblog.api.post.Posts;
import dev.cloudblog.api.search.Search;
import dev.cloudblog.api.verification.Verification;
import dev.cloudblog.core.checkpoint.CheckpointException;
import dev.cloudblog.core.checkpoint.CheckpointSigner;
import dev.cloudblog.core.content.MarkdownRenderer;
import dev.cloudblog.core.event.EventHub;
import dev.cloudblog.core.event.OutboxRelay;
import dev.cloudblog.core.lock.ExclusiveTask;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.core.post.PostEngine;
import dev.cloudblog.core.provider.Capability;
import dev.cloudblog.core.provider.ProviderSelector;
import dev.cloudblog.core.search.IndexedSearch;
import dev.cloudblog.core.search.SearchSync;
import dev.cloudblog.core.verification.LogVerification;
import dev.cloudblog.core.verification.RevisionLog;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.Provider;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.spi.cache.CacheStats;
import dev.cloudblog.spi.cache.PostCache;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.spi.lock.LockService;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.store.PostStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's {@link Blog}: wires the selected providers together and runs the background work. */
final class CoreBlog implements Blog {

    private static final Logger LOG = LoggerFactory.getLogger(CoreBlog.class);

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    /** Every meter of this blog goes through here, so that closing removes them from the host's registry. */
    private final CompositeMeterRegistry meters;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService executor;
    private final boolean ownsExecutor;
    private final Duration shutdownTimeout;
    private final PostEngine posts;
    private final Search search;
    private final Analysis analysis;
    private final Verification verification;
    private final EventHub events;
    private final OutboxRelay relay;
    private ScheduledFuture<?> scheduler;
    private ScheduledFuture<?> checkpointTicker;

    CoreBlog(Config config, Clock clock, MeterRegistry hostRegistry, ScheduledExecutorService executor,
             ClassLoader classLoader, Map<String, BlogEventListener> listeners) {
        this.meters = new CompositeMeterRegistry();
        meters.add(hostRegistry);
        MeterRegistry registry = meters;
        this.ownsExecutor = executor == null;
        this.executor = ownsExecutor ? newExecutor(config.intValue("blog.threads", 2, 1, 64)) : executor;
        this.shutdownTimeout = config.duration("blog.shutdown.timeout", Duration.ofSeconds(5));
        try {
            ProviderContext context = new ProviderContext(config, clock, this.executor, registry,
                    config.string("blog.node.id", UUID.randomUUID().toString()));
            ProviderSelector selector = new ProviderSelector(config, classLoader);
            PostStore store = start(Capability.STORE, require(selector, Capability.STORE), context);
            PostCache cache = start(Capability.CACHE, require(selector, Capability.CACHE), context);
            bindCacheMeters(cache, registry);
            EventBus bus = start(Capability.EVENTS, require(selector, Capability.EVENTS), context);
            LockService locks = start(Capability.LOCK, require(selector, Capability.LOCK), context);
            SearchIndex index = selector.selectOne(Capability.SEARCH)
                    .map(provider -> start(Capability.SEARCH, provider, context)).orElse(null);
            List<ContentAnalyzer> analyzers = selector.selectAll(Capability.ANALYSIS).stream()
                    .map(provider -> start(Capability.ANALYSIS, provider, context)).toList();
            Map<String, Anchorer> anchorers = new LinkedHashMap<>();
            selector.selectAll(Capability.ANCHOR)
                    .forEach(provider -> anchorers.put(provider.name(), start(Capability.ANCHOR, provider, context)));

            VerificationSettings settings = VerificationSettings.of(config);
            CheckpointSigner signer = settings.signer();
            RevisionLog log = new RevisionLog(store, signer, settings.origin(), anchorers, clock,
                    settings.leavesPerCheckpoint(), settings.checkpointInterval(), settings.anchorRetry(), registry);
            this.relay = new OutboxRelay(store, bus, List.of(log), this.executor, registry);
            resources.push(relay);
            OperationMetrics metrics = new OperationMetrics(registry);
            requireSignedByKey(store, signer);
            this.verification = new LogVerification(store, log, signer.verifier(), anchorers, relay::catchUp, metrics,
                    clock);
            this.posts = new PostEngine(store, cache, new MarkdownRenderer(), clock, registry, relay::wake);
            this.events = new EventHub(bus, this.executor,
                    config.duration("blog.events.retry.initial-delay", Duration.ofMillis(100)),
                    config.duration("blog.events.retry.max-delay", Duration.ofSeconds(30)), registry);
            resources.push(events);
            this.search = index == null ? IndexedSearch.unavailable("search needs a search provider on the "
                    + "classpath: add " + Capability.SEARCH.artifact(), metrics) : startSearch(index, store, config,
                    metrics, registry);
            listeners.forEach(events::subscribe);
            MergedAnalysis merged = new MergedAnalysis(analyzers, posts, store, metrics,
                    config.longValue("blog.analysis.cached-reports", 10_000, 0, Long.MAX_VALUE));
            this.analysis = merged;
            if (!analyzers.isEmpty()) {
                events.subscribeInternal("analysis", merged::onEvent);
                this.executor.execute(() -> quietly("Teaching the analyzers the stored posts", merged::teachStoredPosts));
            }

            relay.start(config.duration("blog.outbox.poll-interval", Duration.ofSeconds(1)));
            Duration lockTtl = config.duration("blog.lock.ttl", Duration.ofSeconds(30));
            Duration tick = log.tickInterval();
            ExclusiveTask checkpointing = exclusive(locks, "checkpoints", lockTtl, anchoredCheckpoints(log));
            checkpointTicker = this.executor.scheduleWithFixedDelay(() -> quietly("Checkpointing",
                    checkpointing::run), tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
            if (config.bool("blog.scheduler.enabled", true)) {
                Duration interval = config.duration("blog.scheduler.interval", Duration.ofSeconds(1));
                ExclusiveTask publishing = exclusive(locks, "scheduler", lockTtl, posts::publishDue);
                scheduler = this.executor.scheduleWithFixedDelay(() -> quietly("Scheduled publishing",
                        publishing::run), interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException | Error e) {
            releaseAll();
            throw e;
        }
    }

    /**
     * Search over {@code index}, which replays the revision log on every event and is brought up to
     * date (or rebuilt) in the background at start.
     */
    private Search startSearch(SearchIndex index, PostStore store, Config config, OperationMetrics metrics,
                               MeterRegistry registry) {
        SearchSync sync = new SearchSync(index, store,
                config.longValue("blog.search.catch-up-limit", 100_000, 0, Long.MAX_VALUE), registry);
        Gauge.builder("blog.search.lag", sync, SearchSync::lag)
                .description("Revision log leaves the search index does not reflect yet").register(registry);
        events.subscribeInternal("search-index", event -> sync.sync());
        executor.execute(() -> quietly("Bringing the search index up to date", sync::sync));
        return IndexedSearch.over(index, sync, store, relay::catchUp,
                config.bool("blog.search.read-your-writes", false), metrics);
    }

    /**
     * Cuts checkpoints when due and has them anchored on a thread of their own, so that an anchor
     * waiting for a slow network holds up none of the blog's other background work. At most one
     * anchoring run is queued behind the one running.
     */
    private Runnable anchoredCheckpoints(RevisionLog log) {
        if (!log.anchors()) {
            return log::cutIfDue;
        }
        ExecutorService anchoring = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudblog-anchoring");
            thread.setDaemon(true);
            return thread;
        });
        resources.push(() -> {
            anchoring.shutdownNow();
            if (!anchoring.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("An anchor still runs 10s after the blog was asked to close; its checkpoint is anchored"
                        + " at the next start");
            }
        });
        AtomicBoolean queued = new AtomicBoolean();
        return () -> {
            log.cutIfDue();
            if (queued.compareAndSet(false, true)) {
                anchoring.execute(() -> {
                    queued.set(false);
                    quietly("Anchoring checkpoints", log::anchorPending);
                });
            }
        };
    }

    /** A task that runs on one node of the blog at a time; its lock is released when the blog closes. */
    private ExclusiveTask exclusive(LockService locks, String name, Duration ttl, Runnable task) {
        ExclusiveTask exclusive = new ExclusiveTask(locks, name, ttl, task);
        resources.push(exclusive);
        return exclusive;
    }

    private <S> S start(Capability<?> capability, Provider<S> provider, ProviderContext context) {
        S service;
        try {
            service = provider.create(context);
        } catch (BlogConfigurationException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new BlogConfigurationException("the " + capability.description() + " provider '" + provider.name()
                    + "' (" + provider.getClass().getName() + ") failed to start: " + e.getMessage(), e);
        }
        if (service == null) {
            throw new BlogConfigurationException("the " + capability.description() + " provider '" + provider.name()
                    + "' (" + provider.getClass().getName() + ") created nothing");
        }
        if (service instanceof AutoCloseable closeable) {
            resources.push(closeable);
        }
        LOG.info("{}: {}", capability.description(), provider.name());
        return service;
    }

    /** Fails start when the store's latest checkpoint was signed by another key: nodes must share one. */
    private static void requireSignedByKey(PostStore store, CheckpointSigner signer) {
        store.latestCheckpoint().ifPresent(checkpoint -> {
            try {
                signer.verifier().verify(checkpoint.signedNote());
            } catch (CheckpointException e) {
                throw new BlogConfigurationException("the store's latest checkpoint (" + checkpoint.treeSize()
                        + " leaves) does not verify with the configured signing key (" + signer.verifier().verifierKey()
                        + "): " + e.getMessage() + "; every node of a blog must use the same key, set with "
                        + "blog.verification.private-key and blog.verification.public-key");
            }
        });
    }

    private static <P extends Provider<?>> P require(ProviderSelector selector, Capability<P> capability) {
        return selector.selectOne(capability).orElseThrow(() -> new BlogConfigurationException("no "
                + capability.description() + " provider is on the classpath; add dev.cloudblog:blog-core (which has "
                + capability.defaultName() + ") or " + capability.artifact()));
    }

    private static void bindCacheMeters(PostCache cache, MeterRegistry registry) {
        counter(registry, "blog.cache.hits", "Cache lookups answered from the cache", cache, c -> c.stats().hits());
        counter(registry, "blog.cache.misses", "Cache lookups that went to the store", cache, c -> c.stats().misses());
        counter(registry, "blog.cache.evictions", "Entries evicted for size or age", cache,
                c -> c.stats().evictions());
        Gauge.builder("blog.cache.size", cache, c -> c.stats().size()).description("Entries in the cache")
                .register(registry);
        Gauge.builder("blog.cache.hit.ratio", cache, c -> c.stats().hitRate())
                .description("Hits over lookups since start").register(registry);
    }

    private static void counter(MeterRegistry registry, String name, String description, PostCache cache,
                                ToDoubleFunction<PostCache> count) {
        FunctionCounter.builder(name, cache, count).description(description).register(registry);
    }

    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed; the next run tries again", what, e);
        }
    }

    @Override
    public Posts posts() {
        return posts;
    }

    @Override
    public Search search() {
        return search;
    }

    @Override
    public Analysis analysis() {
        return analysis;
    }

    @Override
    public Verification verification() {
        return verification;
    }

    @Override
    public Events events() {
        return events;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        posts.close();
        if (scheduler != null) {
            scheduler.cancel(false);
        }
        if (checkpointTicker != null) {
            checkpointTicker.cancel(false);
        }
        relay.close();
        try {
            relay.drain();
        } catch (RuntimeException e) {
            LOG.warn("Events still in the outbox at close are relayed at the next start", e);
        }
        awaitListeners();
        releaseAll();
    }

    private void awaitListeners() {
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        while (events.backlog() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (events.backlog() > 0) {
            LOG.warn("{} events were not handled by their listeners before close", events.backlog());
        }
    }

    /** Stops the blog's own threads, waiting for a task under way, then closes every provider. */
    private void releaseAll() {
        if (ownsExecutor) {
            executor.shutdownNow();
            try {
                if (!executor.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("Background tasks were still running {} after close", shutdownTimeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Could not close {}", resource, e);
            }
        }
        List.copyOf(meters.getMeters()).forEach(meters::remove);
    }

    private static ScheduledExecutorService newExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "cloudblog-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newScheduledThreadPool(threads, factory);
    }
}
