package dev.cloudblog.spi.search;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import java.util.List;

/**
 * A full-text index of posts, kept in step with the store from blog events. Indexing is
 * idempotent: indexing a post again replaces it. Thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces a post. */
    void index(Post post);

    /** Removes a post; unknown ids are ignored. */
    void remove(String postId);

    /** Runs a query. */
    SearchResults search(SearchQuery query);

    /** Title suggestions for a prefix. */
    List<String> suggest(String prefix, int limit);

    /** Posts like the given one. */
    List<SearchHit> related(String postId, int limit);

    @Override
    void close();
}
