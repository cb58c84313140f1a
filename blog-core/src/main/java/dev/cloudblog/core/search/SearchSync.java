package dev.cloudblog.core.search;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.search.RebuildProgress;
import dev.cloudblog.spi.search.IndexBuild;
import dev.cloudblog.spi.search.IndexMarker;
import dev.cloudblog.spi.search.IndexUpdate;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.store.Keyset;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a search index in step with the store by reading the revision log, which records every
 * saved revision and every deletion in commit order. The index's {@link IndexMarker} says how many
 * leaves it reflects; {@link #sync()} applies the leaves after it, re-reading each changed post,
 * so a change is applied once or more but never lost, whatever happened to the events.
 *
 * <p>The first {@link #sync()} also checks the marker against the store. The index is rebuilt
 * from the store when it has no marker (new, missing or found corrupt), when its marker is not a
 * position of this store's log (ahead of it, or another log's leaf there), or when it is more than
 * {@code catchUpLimit} leaves behind, where reading every post once is cheaper than replaying.
 *
 * <p>Thread-safe: syncs and rebuilds run one at a time.
 */
public final class SearchSync {

    private static final Logger LOG = LoggerFactory.getLogger(SearchSync.class);
    private static final int BATCH = 256;
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final SearchIndex index;
    private final PostStore store;
    private final long catchUpLimit;
    private final MeterRegistry registry;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean checked;

    /** Why an index is rebuilt: {@code tag} names it in the {@code blog.search.rebuilds} counter. */
    private record Reason(String tag, String message) {
    }

    /**
     * @param catchUpLimit how many leaves behind an index may be and still catch up; further
     *                     behind, it is rebuilt
     * @param registry     where rebuilds are counted, as {@code blog.search.rebuilds} tagged with their reason
     */
    public SearchSync(SearchIndex index, PostStore store, long catchUpLimit, MeterRegistry registry) {
        this.index = index;
        this.store = store;
        this.catchUpLimit = catchUpLimit;
        this.registry = registry;
    }

    /** Brings the index up to the end of the log, rebuilding it if it cannot catch up. */
    public void sync() {
        lock.lock();
        try {
            Optional<Reason> reason = checked ? missingMarker() : rebuildReason();
            checked = true;
            if (reason.isPresent()) {
                LOG.info("The search index {}; rebuilding it from the store", reason.get().message());
                rebuildLocked(reason.get(), progress -> { });
            } else {
                catchUp();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reindexes every post into a fresh index, swaps it in, then applies what changed meanwhile.
     *
     * @param progress told at the start, after every batch and at the end, on the calling thread
     * @return the final progress
     */
    public RebuildProgress rebuild(Consumer<RebuildProgress> progress) {
        lock.lock();
        try {
            checked = true;
            return rebuildLocked(new Reason("requested", "was asked to rebuild"), progress);
        } finally {
            lock.unlock();
        }
    }

    /** How many leaves of the log the index does not reflect yet. */
    public long lag() {
        return Math.max(0, store.logSize() - index.marker().map(IndexMarker::position).orElse(0L));
    }

    private Optional<Reason> missingMarker() {
        return index.marker().isPresent() ? Optional.empty()
                : Optional.of(new Reason("no-marker", "has lost its position"));
    }

    private Optional<Reason> rebuildReason() {
        Optional<IndexMarker> found = index.marker();
        if (found.isEmpty()) {
            return Optional.of(new Reason("no-marker", "is new, missing or was corrupt"));
        }
        IndexMarker marker = found.get();
        long size = store.logSize();
        if (marker.position() > size) {
            return Optional.of(new Reason("foreign", "reflects " + marker.position()
                    + " log leaves but the store's log has " + size));
        }
        if (!marker.equals(markerAt(marker.position()))) {
            return Optional.of(new Reason("foreign", "was built from another store (leaf "
                    + (marker.position() - 1) + " differs)"));
        }
        if (size - marker.position() > catchUpLimit) {
            return Optional.of(new Reason("behind", "is " + (size - marker.position())
                    + " log leaves behind, more than " + catchUpLimit + " to replay"));
        }
        return Optional.empty();
    }

    private void catchUp() {
        long position = index.marker().orElseThrow().position();
        List<LogLeaf> leaves;
        while (!(leaves = store.logLeaves(position, BATCH)).isEmpty()) {
            Set<String> changed = new LinkedHashSet<>();
            leaves.forEach(leaf -> changed.add(leaf.postId()));
            List<Post> upserts = new ArrayList<>();
            Set<String> removals = new LinkedHashSet<>();
            for (String postId : changed) {
                store.findById(postId).ifPresentOrElse(upserts::add, () -> removals.add(postId));
            }
            LogLeaf last = leaves.get(leaves.size() - 1);
            position = last.index() + 1;
            index.update(new IndexUpdate(upserts, removals, new IndexMarker(position, hex(last.hash()))));
        }
    }

    private RebuildProgress rebuildLocked(Reason reason, Consumer<RebuildProgress> progress) {
        registry.counter("blog.search.rebuilds", "reason", reason.tag()).increment();
        IndexMarker marker = markerAt(store.logSize());
        long total = store.countPosts();
        long start = System.nanoTime();
        long lastLogged = start;
        RebuildProgress current = new RebuildProgress(0, total, Duration.ZERO);
        progress.accept(current);
        LOG.info("Rebuilding the search index: {} posts", total);
        try (IndexBuild build = index.rebuild()) {
            Keyset after = null;
            List<Post> batch;
            while (!(batch = store.query(new PostCriteria(Set.of(), null, null, null, null, PostSort.OLDEST, after,
                    BATCH))).isEmpty()) {
                build.add(batch);
                after = Keyset.after(batch.get(batch.size() - 1), PostSort.OLDEST);
                long now = System.nanoTime();
                current = new RebuildProgress(current.done() + batch.size(), Math.max(total,
                        current.done() + batch.size()), Duration.ofNanos(now - start));
                progress.accept(current);
                if (now - lastLogged >= LOG_EVERY.toNanos()) {
                    LOG.info("Rebuilding the search index: {}", current);
                    lastLogged = now;
                }
            }
            build.commit(marker);
        }
        current = new RebuildProgress(current.done(), current.done(), Duration.ofNanos(System.nanoTime() - start));
        progress.accept(current);
        LOG.info("Rebuilt the search index: {} posts in {} ms", current.done(), current.elapsed().toMillis());
        catchUp();
        return current;
    }

    private IndexMarker markerAt(long position) {
        if (position == 0) {
            return IndexMarker.START;
        }
        LogLeaf leaf = store.logLeaves(position - 1, 1).get(0);
        return new IndexMarker(position, hex(leaf.hash()));
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
