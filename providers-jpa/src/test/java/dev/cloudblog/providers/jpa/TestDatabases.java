package dev.cloudblog.providers.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh databases for tests: an H2 database in memory, or a new schema in the PostgreSQL server
 * named by {@code BLOG_TEST_PG_URL}, {@code BLOG_TEST_PG_USER} and {@code BLOG_TEST_PG_PASSWORD}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}). PostgreSQL being
 * unreachable fails the test: it is never skipped.
 */
final class TestDatabases {

    static final String PG_URL = env("BLOG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("BLOG_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("BLOG_TEST_PG_PASSWORD", "");

    private TestDatabases() {
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    /** Settings for a new, empty H2 database in memory. */
    static Map<String, String> h2() {
        return Map.of("blog.jpa.url", h2Url());
    }

    /** The URL of a new, empty H2 database in memory, kept until the JVM ends. */
    static String h2Url() {
        return "jdbc:h2:mem:blog-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** Creates a new PostgreSQL schema and returns its name. */
    static String createPgSchema() {
        String schema = "blog_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(PG_URL, "CREATE SCHEMA " + schema);
        return schema;
    }

    /** The URL of the PostgreSQL schema. */
    static String pgUrl(String schema) {
        return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Settings for the PostgreSQL schema. */
    static Map<String, String> pg(String schema) {
        return Map.of("blog.jpa.url", pgUrl(schema), "blog.jpa.user", PG_USER, "blog.jpa.password", PG_PASSWORD,
                "blog.jpa.pool-size", "4");
    }

    /** Drops the PostgreSQL schema with everything in it. */
    static void dropPgSchema(String schema) {
        execute(PG_URL, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    static void execute(String url, String... statements) {
        String user = url.startsWith("jdbc:postgresql:") ? PG_USER : "sa";
        String password = url.startsWith("jdbc:postgresql:") ? PG_PASSWORD : "";
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run SQL on " + url + ": " + e.getMessage(), e);
        }
    }

    /** A fresh database of either kind, whose PostgreSQL schema, if any, is dropped on close. */
    static final class Scratch implements AutoCloseable {
        private String pgSchema;

        /** Settings for a new, empty database of this kind. */
        Map<String, String> settings(Database database) {
            if (database == Database.POSTGRESQL) {
                pgSchema = createPgSchema();
                return pg(pgSchema);
            }
            return h2();
        }

        @Override
        public void close() {
            if (pgSchema != null) {
                dropPgSchema(pgSchema);
                pgSchema = null;
            }
        }
    }
}
