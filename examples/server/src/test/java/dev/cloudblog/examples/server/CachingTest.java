package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudblog.tck.Eventually;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Responses are friendly to CDNs and browser caches")
class CachingTest {

    private final TestServer server = TestServer.shared();
    private final Api api = server.api;

    private JsonNode published(String... tags) {
        JsonNode post = api.post("/api/v1/posts", Api.json(Map.of("title", "Cached " + UUID.randomUUID(),
                "tags", List.of(tags))), server.as("ada")).expect(201);
        return api.postEmpty("/api/v1/posts/" + post.path("id").asText() + "/publish", "If-Match", "\"1\"",
                "Authorization", server.as("ada")[1]).expect(200);
    }

    @Test
    @DisplayName("gives a public post an ETag, a shared Cache-Control and surrogate keys for the post and its tags")
    void publicHeaders() {
        JsonNode post = published("Java", "Search");
        var response = api.get("/api/v1/posts/by-slug/" + post.path("slug").asText());
        response.expect(200);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
        assertThat(response.header("Cache-Control")).contains("public", "max-age=60");
        assertThat(response.header("Surrogate-Key").split(" "))
                .containsExactlyInAnyOrder("post-" + post.path("id").asText(), "tag-java", "tag-search");
        assertThat(response.header("Vary")).contains("Authorization");
    }

    @Test
    @DisplayName("answers a current If-None-Match with 304 and no body, and a stale one with the new version")
    void conditionalGet() {
        JsonNode post = published("java");
        String path = "/api/v1/posts/" + post.path("id").asText();
        var notModified = api.get(path, "If-None-Match", "\"2\"");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo("\"2\"");

        api.put(path, Api.json(Map.of("title", "Changed " + UUID.randomUUID())), "If-Match", "\"2\"",
                "Authorization", server.as("ada")[1]).expect(200);
        var changed = api.get(path, "If-None-Match", "\"2\"");
        assertThat(changed.expect(200).path("version").asLong()).isEqualTo(3);
        assertThat(changed.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    @DisplayName("gives a signed-in caller a private response, without surrogate keys")
    void privateForSignedIn() {
        JsonNode post = published("java");
        var response = api.get("/api/v1/posts/" + post.path("id").asText(), server.as("rita"));
        response.expect(200);
        assertThat(response.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(response.header("Surrogate-Key")).isNull();
    }

    @Test
    @DisplayName("validates list pages by a checksum ETag, and a change to a post changes the page")
    void listPages() {
        String tag = "listed" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode post = published(tag);
        String page = "/api/v1/posts?tag=" + tag;
        var first = api.get(page);
        assertThat(first.expect(200).path("items")).hasSize(1);
        assertThat(first.header("Surrogate-Key")).contains("posts", "post-" + post.path("id").asText());
        assertThat(api.get(page, "If-None-Match", first.header("ETag")).status()).isEqualTo(304);

        published(tag);
        Eventually.await("the page shows the new post", () -> api.get(page).json().path("items").size() == 2);
        assertThat(api.get(page, "If-None-Match", first.header("ETag")).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("marks writes and errors as not cacheable")
    void writesAreNotCached() {
        var created = api.post("/api/v1/posts", Api.json(Map.of("title", "Uncached " + UUID.randomUUID())),
                server.as("ada"));
        created.expect(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/api/v1/posts/missing").header("Cache-Control")).isEqualTo("no-store");
    }
}
