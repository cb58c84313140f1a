package dev.cloudblog.api.search;

import java.util.List;

/**
 * Full-text search over posts. Provided by a search provider on the classpath
 * ({@code dev.cloudblog:providers-lucene}); without one, every method throws
 * {@link dev.cloudblog.api.CapabilityUnavailableException} saying which artifact to add.
 */
public interface Search {

    /** The posts matching a query, best first. */
    SearchResults search(SearchQuery query);

    /** Titles starting with (or containing a word starting with) {@code prefix}, at most {@code limit}. */
    List<String> suggest(String prefix, int limit);

    /** The posts most like the given one, at most {@code limit}. */
    List<SearchHit> related(String postId, int limit);
}
