package dev.cloudblog.providers.lucene;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The validated settings of the {@code lucene} search index; see the package documentation.
 *
 * @param location        where the index lives ({@code blog.lucene.path} or {@code blog.lucene.in-memory})
 * @param language        the language of titles and bodies ({@code blog.lucene.language})
 * @param refreshInterval how often changes are made searchable ({@code blog.lucene.refresh-interval})
 * @param commitInterval  how often changes are made durable ({@code blog.lucene.commit-interval})
 */
record LuceneSettings(IndexLocation location, Language language, Duration refreshInterval, Duration commitInterval) {

    LuceneSettings {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(commitInterval, "commitInterval");
    }

    /**
     * Reads the settings, defaulting to a directory {@code lucene} under {@code blog.data.dir}.
     *
     * @throws BlogConfigurationException if a value has the wrong type, the language is not
     *         supported, an interval is not a positive duration or the path is the root
     */
    static LuceneSettings from(Config config) {
        IndexLocation location = config.bool("blog.lucene.in-memory", false)
                ? new IndexLocation.InMemory()
                : new IndexLocation.OnDisk(path(config));
        return new LuceneSettings(location,
                config.enumValue("blog.lucene.language", Language.class, Language.ENGLISH),
                config.duration("blog.lucene.refresh-interval", Duration.ofMillis(100)),
                config.duration("blog.lucene.commit-interval", Duration.ofSeconds(1)));
    }

    private static Path path(Config config) {
        Path path = config.path("blog.lucene.path", config.path("blog.data.dir", Path.of("data")).resolve("lucene"))
                .toAbsolutePath().normalize();
        if (path.getParent() == null) {
            throw new BlogConfigurationException("blog.lucene.path = '" + path
                    + "': expected a directory below the root, beside which rebuilds can write");
        }
        return path;
    }
}
