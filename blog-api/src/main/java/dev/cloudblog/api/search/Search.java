package dev.cloudblog.api.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Full-text search over posts. Provided by a search provider on the classpath
 * ({@code dev.cloudblog:providers-lucene}); without one, every method throws
 * {@link dev.cloudblog.api.CapabilityUnavailableException} saying which artifact to add.
 *
 * <p>The index follows the store through the revision log: every saved revision and deletion is
 * applied in log order, so after a crash or restart it catches up from where it stood. Searches
 * see a change shortly after it is saved (near-real-time); with {@code blog.search.read-your-writes}
 * a search first waits until every change saved before it is searchable. Thread-safe.
 */
public interface Search {

    /**
     * The posts matching a query, in its order.
     *
     * @throws dev.cloudblog.api.InvalidQueryException if the text does not parse or the cursor is not one of ours
     */
    SearchResults search(SearchQuery query);

    /**
     * Titles of published posts that start with {@code prefix} or have a word starting with it,
     * best first, at most {@code limit} (1 to {@value SearchQuery#MAX_LIMIT}); none for a blank prefix.
     */
    List<String> suggest(String prefix, int limit);

    /**
     * The published posts most like the given one (sharing its rarer words and tags), best first,
     * at most {@code limit} (1 to {@value SearchQuery#MAX_LIMIT}); never the post itself.
     *
     * @throws dev.cloudblog.api.PostNotFoundException if there is no such post
     */
    List<SearchHit> related(String postId, int limit);

    /**
     * Reindexes every post from the store into a fresh index and swaps it in atomically: searches
     * keep being answered by the old index until the new one is complete. Changes saved meanwhile
     * are applied after the swap. Progress goes to {@code progress} (on the calling thread, at
     * least at the start and the end) and to the log.
     *
     * @return the final progress: how many posts were indexed, in how long
     */
    RebuildProgress rebuild(Consumer<RebuildProgress> progress);
}
