package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.CapabilityUnavailableException;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.search.SearchProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Opening a blog")
class BlogStartupTest {

    @TempDir
    Path dir;

    /** A search provider whose service fails to start. */
    public static final class FailingSearchProvider implements SearchProvider {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public SearchIndex create(ProviderContext context) {
            throw new IllegalStateException("index directory is locked");
        }
    }

    private CloudBlog.Builder isolated() {
        return CloudBlog.builder().environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", dir.resolve("data").toString())
                .property("blog.scheduler.enabled", "false");
    }

    @Test
    @DisplayName("without a search provider, search says which artifact to add")
    void searchNeedsProvider() {
        try (Blog blog = isolated().build()) {
            assertThatThrownBy(() -> blog.search().search(SearchQuery.of("java")))
                    .isInstanceOf(CapabilityUnavailableException.class)
                    .hasMessageContaining("dev.cloudblog:providers-lucene");
        }
    }

    @Test
    @DisplayName("a provider whose service fails to start is reported with its name and the cause")
    void reportsProviderThatFailsToStart() throws IOException {
        Path file = dir.resolve("META-INF/services/" + SearchProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(FailingSearchProvider.class.getName()));
        ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());

        assertThatThrownBy(() -> isolated().classLoader(loader).build())
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("search provider 'failing'")
                .hasMessageContaining(FailingSearchProvider.class.getName())
                .hasMessageContaining("index directory is locked");
    }

    @Test
    @DisplayName("a store named in config that is not on the classpath fails start with the artifact to add")
    void namedStoreMissing() {
        assertThatThrownBy(() -> isolated().property("blog.store.provider", "jpa").build())
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("available: [memory]")
                .hasMessageContaining("dev.cloudblog:providers-jpa");
    }

    @Test
    @DisplayName("settings come from the builder, then system properties, then the environment, then the file")
    void layersSettings() throws IOException {
        Path file = dir.resolve("blog.properties");
        Files.writeString(file, "blog.cache.maximum-size=oops-from-file\nblog.threads=oops-from-file\n"
                + "blog.shutdown.timeout=not-a-duration\n");
        Properties system = new Properties();
        system.setProperty("blog.threads", "3");
        system.setProperty("blog.data.dir", dir.resolve("data").toString());

        assertThatThrownBy(() -> CloudBlog.builder().systemProperties(system)
                .environment(Map.of("BLOG_CONFIG_FILE", file.toString(), "BLOG_SHUTDOWN_TIMEOUT", "2s"))
                .property("blog.scheduler.enabled", "false").build())
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessage("blog.cache.maximum-size = 'oops-from-file' (from file " + file
                        + "): expected a whole number from 0 to " + Long.MAX_VALUE);

        try (Blog blog = CloudBlog.builder().systemProperties(system)
                .environment(Map.of("BLOG_CONFIG_FILE", file.toString(), "BLOG_SHUTDOWN_TIMEOUT", "2s"))
                .property("blog.scheduler.enabled", "false").property("blog.cache.maximum-size", "10").build()) {
            assertThat(blog.posts().create(PostInput.builder().title("Configured").author("ada").build()).version())
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a config file that cannot be read fails start naming it")
    void missingConfigFile() {
        assertThatThrownBy(() -> isolated().property("blog.config.file", dir.resolve("absent.properties").toString())
                .build())
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("blog.config.file")
                .hasMessageContaining("absent.properties");
    }
}
