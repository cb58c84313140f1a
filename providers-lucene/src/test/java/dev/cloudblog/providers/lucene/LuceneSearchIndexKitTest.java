package dev.cloudblog.providers.lucene;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.tck.SearchIndexKit;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The search index contract on an index in a fresh directory per test. */
class LuceneSearchIndexKitTest extends SearchIndexKit {

    @TempDir
    Path dir;

    @Override
    protected Map<String, String> settings() {
        return Map.of("blog.lucene.path", dir.toString());
    }

    @Override
    protected SearchIndex openIndex(ProviderContext context) {
        return new LuceneSearchProvider().create(context);
    }
}
