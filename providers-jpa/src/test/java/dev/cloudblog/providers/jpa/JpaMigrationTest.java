package dev.cloudblog.providers.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.MutableClock;
import dev.cloudblog.tck.ProviderContexts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Schema migrations")
class JpaMigrationTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private String pgSchema;

    @AfterEach
    void cleanUp() {
        executor.shutdownNow();
        if (pgSchema != null) {
            TestDatabases.dropPgSchema(pgSchema);
        }
    }

    @Test
    @DisplayName("an H2 database at version 1 is upgraded at start and its posts stay readable")
    void upgradesH2() throws SQLException {
        upgrades(TestDatabases.h2Url(), "sa", "", Map.of());
    }

    @Test
    @DisplayName("a PostgreSQL schema at version 1 is upgraded at start and its posts stay readable")
    void upgradesPostgres() throws SQLException {
        pgSchema = TestDatabases.createPgSchema();
        upgrades(TestDatabases.pgUrl(pgSchema), TestDatabases.PG_USER, TestDatabases.PG_PASSWORD,
                Map.of("blog.jpa.user", TestDatabases.PG_USER, "blog.jpa.password", TestDatabases.PG_PASSWORD));
    }

    @Test
    @DisplayName("a migration changed after it was applied stops the start with both checksums")
    void refusesChangedMigrations() throws SQLException {
        String url = TestDatabases.h2Url();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            new SchemaMigrator(Database.H2).migrate(connection, 1);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE blog_schema_version SET checksum = 'feed' WHERE version = 1");
            }
            connection.commit();
        }
        assertThatThrownBy(() -> new JpaPostStoreProvider().create(ProviderContexts.context(Map.of("blog.jpa.url", url),
                MutableClock.at("2030-01-01T00:00:00Z"), executor)))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("V1__posts.sql changed after it was applied")
                .hasMessageContaining("feed");
    }

    @Test
    @DisplayName("an anchor stored before anchors had details reads back with none")
    void keepsAnchorsWithoutDetails() throws SQLException {
        String url = TestDatabases.h2Url();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            new SchemaMigrator(Database.H2).migrate(connection, 3);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO checkpoints (tree_size, signed_note, created_at)"
                        + " VALUES (4, 'origin\n4\nroot\n', 1893456000000000000)");
                statement.executeUpdate("INSERT INTO checkpoint_anchors (tree_size, position, anchorer, network,"
                        + " reference, anchored_at) VALUES (4, 0, 'local', 'local-files', 'a#b', 1893456000000000000)");
            }
            connection.commit();
        }
        try (PostStore store = new JpaPostStoreProvider().create(ProviderContexts.context(Map.of("blog.jpa.url", url),
                MutableClock.at("2030-01-01T00:00:00Z"), executor))) {
            assertThat(store.latestCheckpoint().orElseThrow().anchors()).singleElement().satisfies(anchor -> {
                assertThat(anchor.reference()).isEqualTo("a#b");
                assertThat(anchor.details()).isEmpty();
            });
            assertThat(store.checkpointsWithoutAnchor("ethereum")).containsExactly(4L);
        }
    }

    private void upgrades(String url, String user, String password, Map<String, String> credentials)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            new SchemaMigrator(Database.of(url)).migrate(connection, 1);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO posts (id, slug, title, body, html, excerpt, custom_excerpt,"
                        + " author, status, created_at, updated_at, published_at, scheduled_at, version, content_hash,"
                        + " reading_time, seo, custom_fields) VALUES ('p1', 'old-post', 'Old post', 'Body', '<p>Body</p>',"
                        + " 'Body', NULL, 'ada', 'DRAFT', 1893456000000000001, 1893456000000000001, NULL, NULL, 1,"
                        + " 'sha256:00', 60000000000, '{\"title\":null,\"description\":null,\"focusKeyphrase\":null}',"
                        + " '{\"k\":\"v\"}')");
                statement.executeUpdate("INSERT INTO post_tags (post_id, position, tag) VALUES ('p1', 0, 'legacy')");
                statement.executeUpdate("INSERT INTO retired_slugs (slug, post_id) VALUES ('older-post', 'p1')");
            }
            connection.commit();
            assertThat(versions(connection)).containsExactly(1);
        }

        Map<String, String> settings = new HashMap<>(credentials);
        settings.put("blog.jpa.url", url);
        try (PostStore store = new JpaPostStoreProvider().create(
                ProviderContexts.context(settings, MutableClock.at("2030-01-01T00:00:00Z"), executor))) {
            Post post = store.findById("p1").orElseThrow();
            assertThat(post.title()).isEqualTo("Old post");
            assertThat(post.tags()).containsExactly("legacy");
            assertThat(post.customFields()).containsEntry("k", "v");
            assertThat(post.createdAt()).hasToString("2030-01-01T00:00:00.000000001Z");
            assertThat(store.findBySlug("older-post")).hasValueSatisfying(found -> assertThat(found.moved()).isTrue());
            assertThat(store.logSize()).isZero();
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            assertThat(versions(connection)).containsExactly(1, 2, 3, 4);
        }
    }

    private static List<Integer> versions(Connection connection) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM blog_schema_version ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }
}
