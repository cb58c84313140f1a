package dev.cloudblog.spi.search;

import dev.cloudblog.spi.Provider;

/** Entry point of a search index. There is no default: search needs a provider such as {@code lucene}. */
public interface SearchProvider extends Provider<SearchIndex> {
}
