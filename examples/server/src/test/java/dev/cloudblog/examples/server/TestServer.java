package dev.cloudblog.examples.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Servers for the tests, each on a free port and a fresh data directory. {@link #shared()} is
 * one server on the embedded defaults (H2 file, Lucene on disk, rules and learned analysis) that
 * the test classes share, with an admin, an editor, two authors and a reader; others start their
 * own where a test needs settings of its own.
 */
final class TestServer {

    static final String SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
    static final String PASSWORD = "correct horse battery";
    private static TestServer shared;

    final BlogServer server;
    final Api api;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestServer(BlogServer server) {
        this.server = server;
        this.api = new Api(server.uri());
    }

    /** The shared server, started on first use and stopped when the tests' JVM exits. */
    static synchronized TestServer shared() {
        if (shared == null) {
            shared = start(Map.of("blog.server.seed-posts", "12"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::close));
            for (String[] user : new String[][]{{"editor", "editor"}, {"ada", "author"}, {"bob", "author"},
                    {"rita", "reader"}}) {
                shared.api.post("/api/v1/users", Api.json(Map.of("username", user[0], "password", PASSWORD,
                        "role", user[1])), "Authorization", Api.bearer(shared.token("admin"))).expect(201);
            }
        }
        return shared;
    }

    /** A server of its own, with the settings on top of the tests' defaults; the caller closes it. */
    static TestServer start(Map<String, String> settings) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "blog.data.dir", temporaryDirectory().toString(),
                "blog.server.host", "127.0.0.1",
                "blog.server.port", "0",
                "blog.server.jwt.secret", SECRET,
                "blog.server.admin.password", PASSWORD,
                "blog.server.rate-limit.token-per-minute", "1000",
                "blog.server.rate-limit.writes-per-minute", "10000",
                "blog.ml.sentiment.folds", "0",
                "blog.search.read-your-writes", "true",
                "blog.verification.checkpoint.leaves", "1"));
        properties.putAll(settings);
        return new TestServer(BlogServer.start(properties));
    }

    /** A token of the user, asked for once. */
    String token(String user) {
        return tokens.computeIfAbsent(user, name -> api.post("/api/v1/auth/token",
                Api.json(Map.of("username", name, "password", PASSWORD))).expect(200).path("token").asText());
    }

    /** The Authorization header of the user. */
    String[] as(String user) {
        return new String[]{"Authorization", Api.bearer(token(user))};
    }

    private static Path temporaryDirectory() {
        try {
            Path parent = Path.of(System.getProperty("blog.data.dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
