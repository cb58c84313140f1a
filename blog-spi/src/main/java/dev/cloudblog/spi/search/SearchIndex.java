package dev.cloudblog.spi.search;

import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import java.util.List;
import java.util.Optional;

/**
 * A full-text index of posts. The engine keeps it in step with the store: it reads the revision
 * log from the index's {@link #marker()} on, applies each change with {@link #update}, and builds a
 * replacement with {@link #rebuild} when the index is missing, corrupt, or not of this store.
 * Updates are idempotent: applying a post again replaces it.
 *
 * <p>Contract, checked by {@code SearchIndexKit} in {@code blog-tck}: a title match ranks above a
 * body mention; removed posts and, for public searches, unpublished ones never appear; filters
 * and facet counts agree with the indexed posts; highlights mark the query's terms; text that does
 * not parse is refused with {@link dev.cloudblog.api.InvalidQueryException}; contents and marker
 * survive closing and reopening. Implementations are thread-safe; the engine calls
 * {@link #update} and {@link #rebuild} from one thread at a time.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Where the index stands: the marker of the last update or rebuild. Empty for a new index, and
     * for one found missing or corrupt at start (the provider then starts empty and says so in the log).
     */
    Optional<IndexMarker> marker();

    /** Applies changes and moves the marker; searchable after the next refresh, durable soon after. */
    void update(IndexUpdate update);

    /** Makes every update so far visible to searches before returning. */
    void refresh();

    /** Starts building a replacement index. */
    IndexBuild rebuild();

    /** Runs a query. */
    SearchResults search(SearchQuery query);

    /** Titles of published posts for a prefix, best first; empty for a blank prefix. */
    List<String> suggest(String prefix, int limit);

    /** Published posts like the given one, best first, without it; empty when it is not indexed. */
    List<SearchHit> related(String postId, int limit);

    /** Commits what is pending and releases files. */
    @Override
    void close();
}
