package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import dev.cloudblog.tck.Eventually;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Authentication and roles")
class AuthTest {

    private final TestServer server = TestServer.shared();
    private final Api api = server.api;
    private final String body = Api.json(Map.of("title", "Should not be written"));

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("trades a name and password for an expiring HS256 token naming the role")
    void issuesTokens() {
        JsonNode issued = api.post("/api/v1/auth/token", Api.json(Map.of("username", "ada", "password",
                TestServer.PASSWORD))).expect(200);
        assertThat(issued.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(issued.path("role").asText()).isEqualTo("AUTHOR");
        var jwt = JWT.decode(issued.path("token").asText());
        assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
        assertThat(jwt.getSubject()).isEqualTo("ada");
        assertThat(jwt.getExpiresAtAsInstant()).isAfter(Instant.now()).isEqualTo(
                Instant.parse(issued.path("expiresAt").asText()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    @DisplayName("refuses a wrong password and an unknown user alike")
    void refusesBadCredentials() {
        JsonNode wrong = api.post("/api/v1/auth/token", Api.json(Map.of("username", "ada", "password", "not it at all")))
                .problem(401, "invalid-credentials");
        JsonNode unknown = api.post("/api/v1/auth/token", Api.json(Map.of("username", "nobody", "password",
                TestServer.PASSWORD))).problem(401, "invalid-credentials");
        assertThat(wrong.path("detail")).isEqualTo(unknown.path("detail"));
        api.post("/api/v1/auth/token", Api.json(Map.of("username", "ada"))).problem(400, "bad-request");
    }

    @Test
    @DisplayName("answers a write without a token with 401 and a WWW-Authenticate challenge")
    void noToken() {
        var response = api.post("/api/v1/posts", body);
        response.problem(401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        api.get("/api/v1/users").problem(401, "unauthorized");
    }

    @Test
    @DisplayName("refuses an expired token, even on a public route")
    void expiredToken() {
        String expired = JWT.create().withIssuer("cloudblog").withSubject("ada").withClaim("role", "AUTHOR")
                .withIssuedAt(Instant.now().minusSeconds(7200)).withExpiresAt(Instant.now().minusSeconds(3600))
                .sign(Algorithm.HMAC256(TestServer.SECRET));
        JsonNode problem = api.post("/api/v1/posts", body, "Authorization", Api.bearer(expired))
                .problem(401, "unauthorized");
        assertThat(problem.path("detail").asText()).contains("expired");
        api.get("/api/v1/posts", "Authorization", Api.bearer(expired)).problem(401, "unauthorized");
    }

    @Test
    @DisplayName("refuses a token whose payload was changed to claim a bigger role")
    void tamperedToken() {
        String[] parts = server.token("rita").split("\\.");
        String forged = parts[0] + "." + base64("{\"iss\":\"cloudblog\",\"sub\":\"rita\",\"role\":\"ADMIN\",\"exp\":"
                + (Instant.now().getEpochSecond() + 3600) + "}") + "." + parts[2];
        JsonNode problem = api.get("/api/v1/users", "Authorization", Api.bearer(forged)).problem(401, "unauthorized");
        assertThat(problem.path("detail").asText()).contains("signature");
    }

    @Test
    @DisplayName("refuses an unsigned token (alg none) and one signed with another key")
    void unsignedAndForeignTokens() {
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64("{\"iss\":\"cloudblog\","
                + "\"sub\":\"admin\",\"role\":\"ADMIN\",\"exp\":" + (Instant.now().getEpochSecond() + 3600) + "}") + ".";
        api.get("/api/v1/users", "Authorization", Api.bearer(unsigned)).problem(401, "unauthorized");
        String foreign = JWT.create().withIssuer("cloudblog").withSubject("admin").withClaim("role", "ADMIN")
                .withExpiresAt(Instant.now().plusSeconds(3600))
                .sign(Algorithm.HMAC256("another-secret-that-is-also-long-enough-0123456789"));
        api.get("/api/v1/users", "Authorization", Api.bearer(foreign)).problem(401, "unauthorized");
        api.get("/api/v1/users", "Authorization", "Basic YWRtaW46eA==").problem(401, "unauthorized");
        api.get("/api/v1/users", "Authorization", "Bearer not.a.jwt").problem(401, "unauthorized");
    }

    @Test
    @DisplayName("answers a role that is too small with 403")
    void wrongRole() {
        api.get("/api/v1/users", server.as("editor")).problem(403, "forbidden");
        api.get("/api/v1/audit", server.as("ada")).problem(403, "forbidden");
        api.post("/api/v1/posts", body, server.as("rita")).problem(403, "forbidden");
        api.get("/api/v1/verification/audit", server.as("editor")).problem(403, "forbidden");
    }

    @Test
    @DisplayName("lets admins manage users; a deleted user's token stops working")
    void manageUsers() {
        String name = "temp-" + UUID.randomUUID().toString().substring(0, 8);
        String user = Api.json(Map.of("username", name, "password", TestServer.PASSWORD, "role", "author"));
        JsonNode created = api.post("/api/v1/users", user, server.as("admin")).expect(201);
        assertThat(created.path("role").asText()).isEqualTo("AUTHOR");
        assertThat(created.has("passwordHash")).isFalse();
        api.post("/api/v1/users", user, server.as("admin")).problem(409, "user-exists");
        api.post("/api/v1/users", Api.json(Map.of("username", "bad name!", "password", TestServer.PASSWORD,
                "role", "author")), server.as("admin")).problem(400, "bad-request");
        api.post("/api/v1/users", Api.json(Map.of("username", name + "x", "password", "short", "role", "author")),
                server.as("admin")).problem(400, "bad-request");
        api.post("/api/v1/users", Api.json(Map.of("username", name + "y", "password", TestServer.PASSWORD,
                "role", "overlord")), server.as("admin")).problem(400, "bad-request");
        assertThat(api.get("/api/v1/users", server.as("admin")).expect(200).path("items").findValuesAsText("username"))
                .contains(name, "admin", "ada");

        String token = server.token(name);
        api.post("/api/v1/posts", Api.json(Map.of("title", "By a temporary author " + name)),
                "Authorization", Api.bearer(token)).expect(201);
        assertThat(api.delete("/api/v1/users/" + name, server.as("admin")).status()).isEqualTo(204);
        api.delete("/api/v1/users/" + name, server.as("admin")).problem(404, "not-found");
        api.delete("/api/v1/users/admin", server.as("admin")).problem(409, "self-delete");
        Eventually.await("the deleted user's token is refused",
                () -> api.get("/api/v1/posts", "Authorization", Api.bearer(token)).status() == 401);
        api.post("/api/v1/auth/token", Api.json(Map.of("username", name, "password", TestServer.PASSWORD)))
                .problem(401, "invalid-credentials");
    }

    @Test
    @DisplayName("records every write in the audit log: who, what, when and the outcome")
    void audits() {
        Instant before = Instant.now().minusSeconds(1);
        JsonNode post = api.post("/api/v1/posts", Api.json(Map.of("title", "Audited " + UUID.randomUUID())),
                server.as("bob")).expect(201);
        api.post("/api/v1/posts", "{\"title\": 3}", server.as("bob")).expect(400);
        JsonNode entries = api.get("/api/v1/audit?limit=20", server.as("admin")).expect(200).path("items");
        JsonNode created = null;
        boolean refused = false;
        for (JsonNode entry : entries) {
            if (entry.path("target").asText().equals("/api/v1/posts") && entry.path("actor").asText().equals("bob")) {
                if (entry.path("status").asInt() == 201 && created == null) {
                    created = entry;
                }
                refused |= entry.path("status").asInt() == 400;
            }
        }
        assertThat(created).as("audit entry of the create in %s", entries).isNotNull();
        assertThat(created.path("action").asText()).isEqualTo("POST /api/v1/posts");
        assertThat(Instant.parse(created.path("at").asText())).isAfter(before);
        assertThat(refused).isTrue();
        assertThat(post.path("author").asText()).isEqualTo("bob");
    }
}
