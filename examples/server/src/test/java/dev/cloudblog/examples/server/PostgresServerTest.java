package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server on the PostgreSQL named by {@code BLOG_TEST_PG_URL}, {@code BLOG_TEST_PG_USER} and
 * {@code BLOG_TEST_PG_PASSWORD} (default {@code jdbc:postgresql://127.0.0.1:5432/test} as
 * {@code postgres}), in a schema of its own. PostgreSQL being unreachable fails the test.
 */
@DisplayName("The server on PostgreSQL")
class PostgresServerTest {

    private static final String URL = env("BLOG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("BLOG_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("BLOG_TEST_PG_PASSWORD", "");

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    @DisplayName("keeps posts, users and the audit log in the store's database")
    void runsOnPostgres() throws SQLException {
        String schema = "server_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        TestServer server = TestServer.start(Map.of("blog.analysis.providers", "rules",
                "blog.jpa.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "blog.jpa.user", USER, "blog.jpa.password", PASSWORD));
        try {
            server.api.post("/api/v1/users", Api.json(Map.of("username", "pat", "password", TestServer.PASSWORD,
                    "role", "author")), server.as("admin")).expect(201);
            JsonNode post = server.api.post("/api/v1/posts", Api.json(Map.of("title", "Stored in PostgreSQL")),
                    server.as("pat")).expect(201);
            server.api.postEmpty("/api/v1/posts/" + post.path("id").asText() + "/publish", "If-Match", "\"1\"",
                    "Authorization", server.as("pat")[1]).expect(200);
            assertThat(server.api.get("/api/v1/posts/by-slug/stored-in-postgresql").expect(200).path("author").asText())
                    .isEqualTo("pat");
            JsonNode audit = server.api.get("/api/v1/audit?limit=5", server.as("admin")).expect(200).path("items");
            assertThat(audit.findValuesAsText("actor")).contains("pat", "admin");
            assertThat(audit.get(0).path("action").asText()).isEqualTo("POST /api/v1/posts/{id}/publish");
        } finally {
            server.server.close();
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
