package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The posts API")
class PostApiTest {

    private final TestServer server = TestServer.shared();
    private final Api api = server.api;

    private JsonNode create(String user, Map<String, Object> post) {
        return api.post("/api/v1/posts", Api.json(post), server.as(user)).expect(201);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String[] with(String[] auth, String... more) {
        String[] headers = new String[auth.length + more.length];
        System.arraycopy(auth, 0, headers, 0, auth.length);
        System.arraycopy(more, 0, headers, auth.length, more.length);
        return headers;
    }

    @Test
    @DisplayName("creates a draft with Location and ETag, hidden from the public until it is published")
    void createsAndPublishes() {
        var created = api.post("/api/v1/posts", Api.json(Map.of("title", unique("First light"), "body",
                "# Hello\n\nThe *first* post.", "tags", List.of("Java"))), server.as("ada"));
        JsonNode draft = created.expect(201);
        String id = draft.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/posts/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(draft.path("author").asText()).isEqualTo("ada");
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("html").asText()).contains("<em>first</em>");
        assertThat(draft.path("tags").get(0).asText()).isEqualTo("java");

        api.get("/api/v1/posts/" + id).problem(404, "post-not-found");
        assertThat(api.get("/api/v1/posts/" + id, server.as("rita")).expect(200).path("version").asLong()).isEqualTo(1);

        JsonNode published = api.postEmpty("/api/v1/posts/" + id + "/publish", with(server.as("ada"), "If-Match", "\"1\""))
                .expect(200);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("version").asLong()).isEqualTo(2);
        var read = api.get("/api/v1/posts/" + id);
        assertThat(read.expect(200).path("title").asText()).startsWith("First light");
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    @DisplayName("refuses a write without If-Match with 428 and a stale one with 412 naming the current version")
    void optimisticConcurrency() {
        JsonNode post = create("ada", Map.of("title", unique("Contended")));
        String path = "/api/v1/posts/" + post.path("id").asText();
        String body = Api.json(Map.of("title", "Edited once"));

        api.put(path, body, server.as("ada")).problem(428, "precondition-required");
        api.put(path, body, with(server.as("ada"), "If-Match", "\"one\"")).problem(400, "bad-request");
        assertThat(api.put(path, body, with(server.as("ada"), "If-Match", "\"1\"")).expect(200).path("version").asLong())
                .isEqualTo(2);

        var stale = api.put(path, Api.json(Map.of("title", "Edited by a stale editor")),
                with(server.as("ada"), "If-Match", "\"1\""));
        JsonNode problem = stale.problem(412, "version-conflict");
        assertThat(problem.path("currentVersion").asLong()).isEqualTo(2);
        assertThat(problem.path("expectedVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.get(path, server.as("ada")).expect(200).path("title").asText()).isEqualTo("Edited once");
    }

    @Test
    @DisplayName("walks the lifecycle: schedule, publish, unpublish, archive; an illegal change is a 409 that changes nothing")
    void lifecycle() {
        JsonNode post = create("bob", Map.of("title", unique("Lifecycle")));
        String path = "/api/v1/posts/" + post.path("id").asText();
        String at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        JsonNode scheduled = api.post(path + "/schedule", Api.json(Map.of("at", at)),
                with(server.as("bob"), "If-Match", "\"1\"")).expect(200);
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("scheduledAt").asText()).isEqualTo(at);
        api.post(path + "/schedule", Api.json(Map.of("at", "tomorrow")), with(server.as("bob"), "If-Match", "\"2\""))
                .problem(400, "bad-request");

        api.postEmpty(path + "/publish", with(server.as("bob"), "If-Match", "\"2\"")).expect(200);
        api.postEmpty(path + "/unpublish", with(server.as("bob"), "If-Match", "\"3\"")).expect(200);
        JsonNode archived = api.postEmpty(path + "/archive", with(server.as("bob"), "If-Match", "\"4\"")).expect(200);
        assertThat(archived.path("status").asText()).isEqualTo("ARCHIVED");

        JsonNode illegal = api.postEmpty(path + "/publish", with(server.as("bob"), "If-Match", "\"5\""))
                .problem(409, "illegal-transition");
        assertThat(illegal.path("from").asText()).isEqualTo("ARCHIVED");
        assertThat(api.get(path, server.as("bob")).expect(200).path("version").asLong()).isEqualTo(5);
    }

    @Test
    @DisplayName("answers a retired slug with 301 to the current one")
    void slugRedirects() {
        String title = unique("Crème brûlée");
        JsonNode post = create("ada", Map.of("title", title));
        String id = post.path("id").asText();
        String oldSlug = post.path("slug").asText();
        api.postEmpty("/api/v1/posts/" + id + "/publish", with(server.as("ada"), "If-Match", "\"1\"")).expect(200);
        api.put("/api/v1/posts/" + id, Api.json(Map.of("title", "Burnt cream", "slug", "burnt-cream-" + id)),
                with(server.as("ada"), "If-Match", "\"2\"")).expect(200);

        var moved = api.get("/api/v1/posts/by-slug/" + oldSlug);
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/api/v1/posts/by-slug/burnt-cream-" + id);
        assertThat(api.get(moved.header("Location")).expect(200).path("id").asText()).isEqualTo(id);
        api.get("/api/v1/posts/by-slug/no-such-slug-" + id).problem(404, "post-not-found");
    }

    @Test
    @DisplayName("lists published posts page by page with a cursor, and filters by tag, author and status")
    void listsWithCursor() {
        String tag = "paging" + UUID.randomUUID().toString().substring(0, 6);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            JsonNode post = create("bob", Map.of("title", unique("Paged " + i), "tags", List.of(tag)));
            ids.add(post.path("id").asText());
            if (i < 4) {
                api.postEmpty("/api/v1/posts/" + post.path("id").asText() + "/publish",
                        with(server.as("bob"), "If-Match", "\"1\"")).expect(200);
            }
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/posts?limit=3&tag=" + tag + (cursor == null ? "" : "&cursor=" + cursor),
                    server.as("bob")).expect(200);
            page.path("items").forEach(item -> {
                assertThat(item.path("status").asText()).isEqualTo("PUBLISHED");
                assertThat(item.has("body")).isFalse();
                seen.add(item.path("id").asText());
            });
            cursor = page.path("nextCursor").isMissingNode() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).hasSize(4).doesNotHaveDuplicates().allMatch(ids::contains);

        JsonNode drafts = api.get("/api/v1/posts?status=draft&tag=" + tag, server.as("rita")).expect(200);
        assertThat(drafts.path("items")).hasSize(1);
        api.get("/api/v1/posts?status=draft&tag=" + tag).problem(403, "forbidden");
        assertThat(api.get("/api/v1/posts?author=bob&tag=" + tag + "&status=published,draft", server.as("rita"))
                .expect(200).path("items")).hasSize(5);
    }

    @Test
    @DisplayName("keeps revisions, diffs two of them and restores one")
    void revisionsDiffRestore() {
        JsonNode post = create("ada", Map.of("title", unique("Revised"), "body", "one\ntwo\nthree"));
        String path = "/api/v1/posts/" + post.path("id").asText();
        api.put(path, Api.json(Map.of("title", post.path("title").asText(), "body", "one\n2\nthree\nfour")),
                with(server.as("ada"), "If-Match", "\"1\"")).expect(200);

        JsonNode history = api.get(path + "/revisions", server.as("rita")).expect(200).path("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("action").asText()).isEqualTo("CREATED");
        assertThat(api.get(path + "/revisions/1", server.as("rita")).expect(200).path("snapshot").path("body").asText())
                .isEqualTo("one\ntwo\nthree");
        api.get(path + "/revisions", server.as("bob")).expect(200);
        api.get(path + "/revisions").problem(401, "unauthorized");

        JsonNode diff = api.get(path + "/diff?from=1&to=2", server.as("rita")).expect(200);
        List<String> lines = new ArrayList<>();
        diff.path("bodyLines").forEach(line -> lines.add(line.path("kind").asText() + " " + line.path("text").asText()));
        assertThat(lines).contains("REMOVED two", "ADDED 2", "ADDED four");
        api.get(path + "/diff?from=1", server.as("rita")).problem(400, "bad-request");
        api.get(path + "/revisions/9", server.as("rita")).problem(404, "post-not-found");

        JsonNode restored = api.postEmpty(path + "/revisions/1/restore", with(server.as("ada"), "If-Match", "\"2\""))
                .expect(200);
        assertThat(restored.path("body").asText()).isEqualTo("one\ntwo\nthree");
        assertThat(restored.path("version").asLong()).isEqualTo(3);
    }

    @Test
    @DisplayName("deletes with If-Match and 204, after which the post is gone")
    void deletes() {
        JsonNode post = create("ada", Map.of("title", unique("Short-lived")));
        String path = "/api/v1/posts/" + post.path("id").asText();
        api.delete(path, server.as("ada")).problem(428, "precondition-required");
        assertThat(api.delete(path, with(server.as("ada"), "If-Match", "\"1\"")).status()).isEqualTo(204);
        api.get(path, server.as("ada")).problem(404, "post-not-found");
        api.delete(path, with(server.as("ada"), "If-Match", "\"1\"")).problem(404, "post-not-found");
    }

    @Test
    @DisplayName("lets authors change only their own posts, editors any, and refuses another author's name")
    void ownership() {
        JsonNode post = create("ada", Map.of("title", unique("Ada's")));
        String path = "/api/v1/posts/" + post.path("id").asText();
        api.put(path, Api.json(Map.of("title", "Bob was here")), with(server.as("bob"), "If-Match", "\"1\""))
                .problem(403, "forbidden");
        api.postEmpty(path + "/publish", with(server.as("bob"), "If-Match", "\"1\"")).problem(403, "forbidden");
        api.post("/api/v1/posts", Api.json(Map.of("title", unique("Ghostwritten"), "author", "ada")), server.as("bob"))
                .problem(403, "forbidden");
        api.post("/api/v1/posts", Api.json(Map.of("title", unique("Readers do not write"))), server.as("rita"))
                .problem(403, "forbidden");

        JsonNode edited = api.put(path, Api.json(Map.of("title", "Edited by the editor")),
                with(server.as("editor"), "If-Match", "\"1\"")).expect(200);
        assertThat(edited.path("author").asText()).isEqualTo("ada");
        JsonNode ghost = api.post("/api/v1/posts", Api.json(Map.of("title", unique("For ada"), "author", "ada")),
                server.as("editor")).expect(201);
        assertThat(ghost.path("author").asText()).isEqualTo("ada");
        assertThat(api.get(path, server.as("bob")).expect(200).path("title").asText()).isEqualTo("Edited by the editor");
    }

    @Test
    @DisplayName("seeded the demo posts it was asked for")
    void seeded() {
        JsonNode page = api.get("/api/v1/posts?author=demo&limit=100").expect(200);
        assertThat(page.path("items")).hasSize(12);
        assertThat(page.path("items").get(0).path("readingTime").asText()).isEqualTo("PT2M");
    }
}
