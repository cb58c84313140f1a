package dev.cloudblog.providers.jpa;

import dev.cloudblog.spi.Config;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The validated settings of the {@code jpa} store.
 *
 * @param url      the JDBC URL ({@code blog.jpa.url})
 * @param user     the database user ({@code blog.jpa.user})
 * @param password the user's password ({@code blog.jpa.password})
 * @param poolSize the most connections the pool holds ({@code blog.jpa.pool-size}, 1 to 200)
 */
record JpaSettings(String url, String user, String password, int poolSize) {

    JpaSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Reads the settings, defaulting to an H2 file {@code cloudblog} under {@code blog.data.dir}.
     *
     * @throws dev.cloudblog.api.BlogConfigurationException if the pool size is not a number from 1 to 200
     */
    static JpaSettings from(Config config) {
        String url = config.get("blog.jpa.url").orElseGet(() -> "jdbc:h2:file:"
                + config.path("blog.data.dir", Path.of("data")).toAbsolutePath().resolve("cloudblog"));
        return new JpaSettings(url, config.string("blog.jpa.user", "sa"), config.string("blog.jpa.password", ""),
                config.intValue("blog.jpa.pool-size", 10, 1, 200));
    }

    /** The database the URL points at. */
    Database database() {
        return Database.of(url);
    }
}
