package dev.cloudblog.spi.store;

import dev.cloudblog.spi.Provider;

/** Entry point of a post store. Exactly one store serves a blog; {@code memory} is the default. */
public interface PostStoreProvider extends Provider<PostStore> {
}
