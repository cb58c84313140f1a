package dev.cloudblog.spi.cache;

import dev.cloudblog.api.post.Post;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cache of posts in front of the store, keyed by strings the engine chooses (one key per post
 * id and one per slug). Absent posts are never cached.
 *
 * <p>Contract, checked by {@code PostCacheKit} in {@code blog-tck}: {@link #get} calls the loader
 * at most once per miss for concurrent callers of one key; an invalidation that happens while a
 * load is in flight is not undone by that load; statistics count every hit and miss. Thread-safe.
 */
public interface PostCache extends AutoCloseable {

    /**
     * The cached post for {@code key}, loading and caching it on a miss. A loader that returns
     * empty caches nothing.
     */
    Optional<Post> get(String key, Function<String, Optional<Post>> loader);

    /** The cached post for {@code key}, without loading; counts as a hit or miss. */
    Optional<Post> getIfPresent(String key);

    /** Drops these keys, here and, for a shared cache, everywhere. */
    void invalidate(Collection<String> keys);

    /** Drops every entry. */
    void invalidateAll();

    /** Counts since the cache was created. */
    CacheStats stats();

    @Override
    void close();
}
