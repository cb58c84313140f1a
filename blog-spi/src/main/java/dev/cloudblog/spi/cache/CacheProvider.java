package dev.cloudblog.spi.cache;

import dev.cloudblog.spi.Provider;

/** Entry point of a post cache. One cache serves a blog; {@code caffeine} is the default. */
public interface CacheProvider extends Provider<PostCache> {
}
