package dev.cloudblog.providers.lucene;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.search.SearchProvider;

/**
 * The {@code lucene} search index: full-text search over posts with BM25 ranking, highlights,
 * tag and author facets, title suggestions and related posts, in a directory under
 * {@code blog.data.dir} by default. {@link #create} opens the index and starts its background
 * refresh and commit on the context's executor; the index's {@code close()} stops them and
 * commits. See the package documentation for the settings.
 *
 * <pre>{@code
 * Blog blog = CloudBlog.builder()
 *         .property("blog.search.provider", "lucene")
 *         .property("blog.lucene.language", "german")
 *         .build();
 * }</pre>
 */
public final class LuceneSearchProvider implements SearchProvider {

    /** Creates the provider; it does nothing until {@link #create}. */
    public LuceneSearchProvider() {
    }

    @Override
    public String name() {
        return "lucene";
    }

    /**
     * Opens the index.
     *
     * @throws dev.cloudblog.api.BlogConfigurationException if a setting is invalid or the index
     *         directory cannot be used
     */
    @Override
    public SearchIndex create(ProviderContext context) {
        return LuceneSearchIndex.open(LuceneSettings.from(context.config()), context.executor());
    }
}
