package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudblog.tck.Eventually;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Search, analysis and proofs over HTTP")
class DiscoveryAndProofTest {

    private final TestServer server = TestServer.shared();
    private final Api api = server.api;

    private JsonNode published(String title, String body, String... tags) {
        JsonNode post = api.post("/api/v1/posts", Api.json(Map.of("title", title, "body", body, "tags", List.of(tags))),
                server.as("bob")).expect(201);
        return api.postEmpty("/api/v1/posts/" + post.path("id").asText() + "/publish", "If-Match", "\"1\"",
                "Authorization", server.as("bob")[1]).expect(200);
    }

    @Test
    @DisplayName("finds a word deep in a body, highlighted, with tag facets; drafts only for readers who ask")
    void searches() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        published("Quiet harbour " + word.substring(0, 4), "Intro.\n\n" + "Filler text. ".repeat(300)
                + "The " + word + " appears here.", "travel");
        JsonNode draft = api.post("/api/v1/posts", Api.json(Map.of("title", "Draft " + word, "body", word)),
                server.as("bob")).expect(201);

        JsonNode results = api.get("/api/v1/search?q=" + word + "&facets=true").expect(200);
        assertThat(results.path("total").asLong()).isEqualTo(1);
        assertThat(results.path("hits").get(0).path("highlights").toString()).contains("<mark>" + word + "</mark>");
        assertThat(results.path("facets").path("tags").findValuesAsText("value")).contains("travel");

        JsonNode withDrafts = api.get("/api/v1/search?q=" + word + "&status=draft,published", server.as("rita"))
                .expect(200);
        assertThat(withDrafts.path("hits").findValuesAsText("postId")).contains(draft.path("id").asText());
        api.get("/api/v1/search?q=" + word + "&status=draft").problem(403, "forbidden");
    }

    @Test
    @DisplayName("suggests titles for a prefix and lists related posts")
    void suggestsAndRelates() {
        String stem = "Xylophone" + UUID.randomUUID().toString().substring(0, 4);
        JsonNode post = published(stem + " tuning", "Tuning a xylophone takes mallets and patience.", "music");
        Eventually.await("the title is suggested", () -> api.get("/api/v1/search/suggest?prefix="
                + stem.substring(0, 6).toLowerCase()).json().path("suggestions").toString().contains(stem));
        JsonNode related = api.get("/api/v1/posts/" + post.path("id").asText() + "/related?limit=3").expect(200);
        assertThat(related.path("items").size()).isLessThanOrEqualTo(3);
        api.get("/api/v1/posts/" + post.path("id").asText() + "/related?limit=0").problem(400, "bad-request");
    }

    @Test
    @DisplayName("reports the analysis of a stored post and of a draft")
    void analyses() {
        JsonNode post = published("A wonderful, delightful day", "We loved it. Everything was great and lovely.");
        JsonNode report = api.get("/api/v1/posts/" + post.path("id").asText() + "/analysis").expect(200);
        assertThat(report.path("version").asLong()).isEqualTo(2);
        assertThat(report.path("facets").findValuesAsText("name")).contains("readability", "sentiment");

        JsonNode draft = api.post("/api/v1/analysis", Api.json(Map.of("title", "Terrible", "body",
                "This was awful, horrible and sad.")), server.as("ada")).expect(200);
        assertThat(draft.path("facets").findValuesAsText("name")).contains("sentiment");
        api.post("/api/v1/analysis", Api.json(Map.of("title", "x")), new String[0]).problem(401, "unauthorized");
    }

    @Test
    @DisplayName("proves a revision, verifies the proof, and finds a changed word")
    void provesAndVerifies() {
        JsonNode post = published("Provable " + UUID.randomUUID(), "Nothing here will change.");
        String proofPath = "/api/v1/posts/" + post.path("id").asText() + "/revisions/2/proof";
        Eventually.await("a checkpoint covers the revision", () -> api.get(proofPath).status() == 200);
        JsonNode proven = api.get(proofPath).expect(200);
        assertThat(proven.path("proof").path("checkpoint").path("signedNote").asText()).isNotBlank();

        JsonNode verdict = api.post("/api/v1/verify", proven.toString()).expect(200);
        assertThat(verdict.path("valid").asBoolean()).as(verdict.toString()).isTrue();

        ObjectNode altered = proven.deepCopy();
        ((ObjectNode) altered.path("content")).put("body", "Something here did change.");
        JsonNode refused = api.post("/api/v1/verify", altered.toString()).expect(200);
        assertThat(refused.path("valid").asBoolean()).isFalse();
        assertThat(refused.path("failure").asText()).isEqualTo("CONTENT_CHANGED");
        api.post("/api/v1/verify", "{\"content\": null}").problem(400, "bad-request");

        assertThat(api.get("/api/v1/verification/checkpoint").expect(200).path("treeSize").asLong()).isPositive();
        assertThat(api.get("/api/v1/verification/key").expect(200).path("publicKeyPem").asText())
                .startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(api.get("/api/v1/verification/audit", server.as("admin")).expect(200).path("findings")).isEmpty();
    }
}
