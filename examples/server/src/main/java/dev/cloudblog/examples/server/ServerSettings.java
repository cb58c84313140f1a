package dev.cloudblog.examples.server;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's own settings, read from the same layered sources as the blog's (system
 * properties, environment variables such as {@code BLOG_SERVER_PORT}, the properties file):
 *
 * @param host                   the address to listen on ({@code blog.server.host})
 * @param port                   the port, {@code 0} for any free one ({@code blog.server.port})
 * @param dataDir                where local files live ({@code blog.data.dir})
 * @param databaseUrl            the JDBC URL of the store, which also holds users and the audit log; an
 *                               H2 database is closed by the server, after the blog, not by H2 at exit
 * @param databaseUser           its user
 * @param databasePassword       its password
 * @param jwtSecret              the HMAC key of access tokens, at least 32 bytes; empty to keep a
 *                               generated one under the data directory
 * @param tokenTtl               how long an access token is valid
 * @param adminPassword          when present and the user {@code admin} does not exist, it is created with this password
 * @param maxBodyBytes           the largest request body accepted
 * @param tokenRequestsPerMinute token requests allowed per client address and minute
 * @param writesPerMinute        writes allowed per user and minute
 * @param publicMaxAge           how long shared caches may keep a public response
 * @param shutdownTimeout        how long in-flight requests may take to finish at shutdown
 * @param seedPosts              demo posts to create at start on an empty store
 */
public record ServerSettings(
        String host,
        int port,
        Path dataDir,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Optional<String> jwtSecret,
        Duration tokenTtl,
        Optional<String> adminPassword,
        long maxBodyBytes,
        int tokenRequestsPerMinute,
        int writesPerMinute,
        Duration publicMaxAge,
        Duration shutdownTimeout,
        int seedPosts) {

    static final int MIN_SECRET_BYTES = 32;

    /**
     * The URL with {@code DB_CLOSE_ON_EXIT=FALSE} for H2 unless it sets it: H2's own shutdown hook
     * would otherwise close the database while the server drains requests and the outbox into it.
     */
    private static String closedByTheServer(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")
                ? url + ";DB_CLOSE_ON_EXIT=FALSE" : url;
    }

    /**
     * Reads and checks the settings.
     *
     * @throws BlogConfigurationException naming the key and value of a setting that is invalid
     */
    public static ServerSettings from(Config config) {
        Path dataDir = config.path("blog.data.dir", Path.of("data")).toAbsolutePath();
        Optional<String> secret = config.get("blog.server.jwt.secret").filter(value -> !value.isBlank());
        secret.filter(value -> value.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES)
                .ifPresent(value -> {
                    throw new BlogConfigurationException("blog.server.jwt.secret must be at least " + MIN_SECRET_BYTES
                            + " bytes long, but has " + value.length() + " characters");
                });
        return new ServerSettings(
                config.string("blog.server.host", "0.0.0.0"),
                config.intValue("blog.server.port", 8080, 0, 65_535),
                dataDir,
                closedByTheServer(config.get("blog.jpa.url").orElse("jdbc:h2:file:" + dataDir.resolve("cloudblog"))),
                config.string("blog.jpa.user", "sa"),
                config.string("blog.jpa.password", ""),
                secret,
                config.duration("blog.server.token.ttl", Duration.ofHours(1)),
                config.get("blog.server.admin.password").filter(value -> !value.isBlank()),
                config.longValue("blog.server.max-body-bytes", 2L * 1024 * 1024, 1024, 64L * 1024 * 1024),
                config.intValue("blog.server.rate-limit.token-per-minute", 10, 1, Integer.MAX_VALUE),
                config.intValue("blog.server.rate-limit.writes-per-minute", 120, 1, Integer.MAX_VALUE),
                config.duration("blog.server.cache.max-age", Duration.ofSeconds(60)),
                config.duration("blog.server.shutdown.timeout", Duration.ofSeconds(20)),
                config.intValue("blog.server.seed-posts", 0, 0, 1_000_000));
    }
}
