package dev.cloudblog.core;

import dev.cloudblog.api.CapabilityUnavailableException;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.search.Search;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.core.provider.Capability;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.store.PostStore;
import java.util.List;

/**
 * Search through the selected index, kept in step with the store by an event listener that
 * re-reads each changed post. Without an index every call says which artifact to add.
 */
final class IndexedSearch implements Search {

    private final SearchIndex index;
    private final OperationMetrics metrics;

    IndexedSearch(SearchIndex index, OperationMetrics metrics) {
        this.index = index;
        this.metrics = metrics;
    }

    /** Brings the index up to date with one event's post; safe to repeat. */
    static void apply(SearchIndex index, PostStore store, BlogEvent event) {
        if (event instanceof PostEvent.Deleted) {
            index.remove(event.postId());
        } else {
            store.findById(event.postId()).ifPresentOrElse(index::index, () -> index.remove(event.postId()));
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return metrics.record("search.search", () -> require().search(query));
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        return metrics.record("search.suggest", () -> require().suggest(prefix, limit));
    }

    @Override
    public List<SearchHit> related(String postId, int limit) {
        return metrics.record("search.related", () -> require().related(postId, limit));
    }

    private SearchIndex require() {
        if (index == null) {
            throw new CapabilityUnavailableException(Capability.SEARCH.key(), "search needs a search provider "
                    + "on the classpath: add " + Capability.SEARCH.artifact());
        }
        return index;
    }
}
