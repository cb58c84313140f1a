package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A server of its own: rate limits and graceful shutdown")
class LifecycleTest {

    private static TestServer small(Map<String, String> settings) {
        java.util.Map<String, String> all = new java.util.HashMap<>(Map.of("blog.analysis.providers", "rules"));
        all.putAll(settings);
        return TestServer.start(all);
    }

    @Test
    @DisplayName("limits token requests per client and writes per user with 429 and Retry-After")
    void rateLimits() {
        TestServer server = small(Map.of("blog.server.rate-limit.token-per-minute", "3",
                "blog.server.rate-limit.writes-per-minute", "2"));
        try {
            String token = server.token("admin");
            String credentials = Api.json(Map.of("username", "admin", "password", "wrong password"));
            server.api.post("/api/v1/auth/token", credentials).problem(401, "invalid-credentials");
            server.api.post("/api/v1/auth/token", credentials).problem(401, "invalid-credentials");
            var limited = server.api.post("/api/v1/auth/token", credentials);
            JsonNode problem = limited.problem(429, "rate-limited");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(Long.parseLong(limited.header("Retry-After")));

            String[] auth = {"Authorization", Api.bearer(token)};
            server.api.post("/api/v1/posts", Api.json(Map.of("title", "One")), auth).expect(201);
            server.api.post("/api/v1/posts", Api.json(Map.of("title", "Two")), auth).expect(201);
            server.api.post("/api/v1/posts", Api.json(Map.of("title", "Three")), auth).problem(429, "rate-limited");
            assertThat(server.api.get("/api/v1/posts?status=draft", auth).expect(200).path("items")).hasSize(2);
        } finally {
            server.server.close();
        }
    }

    @Test
    @DisplayName("shuts down gracefully: not ready, no new connections, the request in flight completes and is stored")
    void gracefulShutdown() throws Exception {
        TestServer server = small(Map.of("blog.server.shutdown.timeout", "20s"));
        String token = server.token("admin");
        byte[] body = Api.json(Map.of("title", "Written during shutdown")).getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        int port = server.server.port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(300);

            CompletableFuture<Void> closing = CompletableFuture.runAsync(server.server::close);
            Thread.sleep(500);
            assertThat(closing).isNotDone();
            assertThat(refused(port)).as("new connections are refused while draining").isTrue();

            out.write(body, half, body.length - half);
            out.flush();
            String response = read(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 201");
            closing.get(30, TimeUnit.SECONDS);
        }
    }

    private static boolean refused(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = in.read(chunk)) != -1) {
            buffer.write(chunk, 0, read);
            if (buffer.toString(StandardCharsets.UTF_8).contains("\"title\":\"Written during shutdown\"")) {
                break;
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
