package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Errors are RFC 9457 problems and a refused request writes nothing")
class ErrorTest {

    private final TestServer server = TestServer.shared();
    private final Api api = server.api;

    private int postCount() {
        return api.get("/api/v1/posts?limit=200&author=ada&status=draft,published,scheduled,archived", server.as("ada"))
                .expect(200).path("items").size();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"title\": \"Unclosed\"",
            "[1, 2, 3]",
            "{\"title\": 42}",
            "{\"title\": true}",
            "{\"title\": \"Tags as text\", \"tags\": \"java\"}",
            "{\"title\": \"Fields as list\", \"customFields\": [1]}",
            "{\"title\": \"Unknown field\", \"colour\": \"red\"}",
            "{\"title\": \"Trailing\"} {}",
            "not json at all",
            ""})
    @DisplayName("answers a malformed or mistyped body with 400 and stores nothing")
    void badBodies(String body) {
        int before = postCount();
        JsonNode problem = api.post("/api/v1/posts", body, server.as("ada")).problem(400, "bad-request");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/posts");
        assertThat(postCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("names the unknown field and the expected type")
    void namesTheField() {
        assertThat(api.post("/api/v1/posts", "{\"title\": \"x\", \"colour\": 1}", server.as("ada"))
                .problem(400, "bad-request").path("detail").asText()).contains("'colour'", "title");
        assertThat(api.post("/api/v1/posts", "{\"title\": \"x\", \"tags\": [\"a\", 7]}", server.as("ada"))
                .problem(400, "bad-request").path("detail").asText()).contains("tags[1]", "text");
    }

    @Test
    @DisplayName("answers an invalid post with 422 and the errors per field, storing nothing")
    void invalidPost() {
        int before = postCount();
        JsonNode problem = api.post("/api/v1/posts", Api.json(Map.of("title", "x".repeat(301), "tags",
                java.util.List.of("ok", "not ok!"))), server.as("ada")).problem(422, "invalid-post");
        assertThat(problem.path("errors").has("title")).isTrue();
        assertThat(problem.path("errors").has("tags[1]")).isTrue();
        assertThat(postCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=abc", "limit=0", "limit=201", "status=bogus", "sort=sideways", "colour=red",
            "limit=5&limit=6", "cursor=not-a-cursor", "publishedFrom=yesterday",
            "publishedFrom=2030-01-02T00:00:00Z&publishedBefore=2030-01-01T00:00:00Z"})
    @DisplayName("answers a bad query parameter with 400")
    void badQueries(String query) {
        JsonNode problem = api.get("/api/v1/posts?" + query).expect(400);
        assertThat(problem.path("type").asText()).isIn("urn:cloudblog:problem:bad-request",
                "urn:cloudblog:problem:invalid-query");
    }

    @Test
    @DisplayName("answers bad search parameters with 400")
    void badSearches() {
        api.get("/api/v1/search").problem(400, "bad-request");
        api.get("/api/v1/search?q=java&highlight=maybe").problem(400, "bad-request");
        api.get("/api/v1/search?q=java&limit=101").problem(400, "bad-request");
        api.get("/api/v1/search/suggest?prefix=").problem(400, "bad-request");
        api.get("/api/v1/search?q=%22unbalanced").problem(400, "invalid-query");
    }

    @Test
    @DisplayName("answers a body over the limit with 413")
    void tooLarge() {
        String huge = "{\"title\": \"Huge\", \"body\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        int before = postCount();
        api.post("/api/v1/posts", huge, server.as("ada")).problem(413, "content-too-large");
        assertThat(postCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("answers a body that is not JSON with 415")
    void wrongMediaType() {
        var response = api.send("POST", "/api/v1/posts", HttpRequest.BodyPublishers.ofString("title=x"),
                "Content-Type", "application/x-www-form-urlencoded", "Authorization", server.as("ada")[1]);
        response.problem(415, "unsupported-media-type");
        assertThat(response.header("Accept-Post")).isEqualTo("application/json");
        api.send("POST", "/api/v1/posts", HttpRequest.BodyPublishers.ofString("{\"title\":\"x\"}"),
                "Authorization", server.as("ada")[1]).problem(415, "unsupported-media-type");
    }

    @Test
    @DisplayName("answers an unknown route with 404 and a wrong method with 405")
    void unknownRoutes() {
        api.get("/api/v1/nothing-here").problem(404, "not-found");
        api.get("/api/v1/posts/no-such-id").problem(404, "post-not-found");
        api.delete("/api/v1/health/live").problem(405, "method-not-allowed");
    }
}
