package dev.cloudblog.core.search;

import dev.cloudblog.api.CapabilityUnavailableException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.search.RebuildProgress;
import dev.cloudblog.api.search.Search;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.store.PostStore;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Search through the selected index, which a {@link SearchSync} keeps in step with the store.
 * With read-your-writes, every call first brings the revision log and then the index up to
 * everything committed before it. Without an index every call says which artifact to add.
 */
public final class IndexedSearch implements Search {

    private final SearchIndex index;
    private final SearchSync sync;
    private final PostStore store;
    private final Runnable logCatchUp;
    private final boolean readYourWrites;
    private final OperationMetrics metrics;
    private final String missingMessage;

    private IndexedSearch(SearchIndex index, SearchSync sync, PostStore store, Runnable logCatchUp,
                          boolean readYourWrites, OperationMetrics metrics, String missingMessage) {
        this.index = index;
        this.sync = sync;
        this.store = store;
        this.logCatchUp = logCatchUp;
        this.readYourWrites = readYourWrites;
        this.metrics = metrics;
        this.missingMessage = missingMessage;
    }

    /**
     * Search through {@code index}.
     *
     * @param logCatchUp     brings the revision log up to every committed change, on the calling thread
     * @param readYourWrites whether each call waits until the index reflects every change committed before it
     */
    public static IndexedSearch over(SearchIndex index, SearchSync sync, PostStore store, Runnable logCatchUp,
                                     boolean readYourWrites, OperationMetrics metrics) {
        return new IndexedSearch(Objects.requireNonNull(index, "index"), sync, store, logCatchUp, readYourWrites,
                metrics, null);
    }

    /** Search that is not there: every call throws {@link CapabilityUnavailableException} with {@code message}. */
    public static IndexedSearch unavailable(String message, OperationMetrics metrics) {
        return new IndexedSearch(null, null, null, null, false, metrics, message);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return metrics.record("search.search", () -> current().search(query));
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        Objects.requireNonNull(prefix, "prefix");
        requireLimit(limit);
        return metrics.record("search.suggest", () -> current().suggest(prefix, limit));
    }

    @Override
    public List<SearchHit> related(String postId, int limit) {
        Objects.requireNonNull(postId, "postId");
        requireLimit(limit);
        return metrics.record("search.related", () -> {
            SearchIndex searchIndex = current();
            if (store.findById(postId).isEmpty()) {
                throw PostNotFoundException.forId(postId);
            }
            return searchIndex.related(postId, limit);
        });
    }

    @Override
    public RebuildProgress rebuild(Consumer<RebuildProgress> progress) {
        Objects.requireNonNull(progress, "progress");
        return metrics.record("search.rebuild", () -> {
            available();
            logCatchUp.run();
            return sync.rebuild(progress);
        });
    }

    private SearchIndex current() {
        SearchIndex searchIndex = available();
        if (readYourWrites) {
            logCatchUp.run();
            sync.sync();
            searchIndex.refresh();
        }
        return searchIndex;
    }

    private SearchIndex available() {
        if (index == null) {
            throw new CapabilityUnavailableException("search", missingMessage);
        }
        return index;
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + SearchQuery.MAX_LIMIT + " but was "
                    + limit);
        }
    }
}
