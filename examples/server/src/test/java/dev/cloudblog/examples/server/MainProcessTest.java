package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The server as a process")
class MainProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @Test
    @DisplayName("prints where it listens, seeds --seed N posts, logs JSON when asked, and stops cleanly on SIGTERM")
    void runsAsAProcess() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("blog.data.dir",
                System.getProperty("java.io.tmpdir"))), "process");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BlogServer.class.getName(), "--seed", "3")
                .redirectErrorStream(true);
        builder.environment().putAll(java.util.Map.of("BLOG_DATA_DIR", data.toString(), "BLOG_SERVER_PORT", "0",
                "BLOG_SERVER_HOST", "127.0.0.1", "BLOG_ANALYSIS_PROVIDERS", "rules", "BLOG_SERVER_LOG_FORMAT", "json"));
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            URI base = null;
            String line;
            while (base == null && (line = out.readLine()) != null) {
                lines.add(line);
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    base = URI.create(listening.group(1));
                }
            }
            assertThat(base).as("the listening line in %s", lines).isNotNull();
            Api api = new Api(base);
            assertThat(api.get("/api/v1/posts?author=demo").expect(200).path("items")).hasSize(3);

            process.toHandle().destroy();
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<JsonNode> logs = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("{")) {
                logs.add(Api.JSON.readTree(line));
            }
        }
        assertThat(logs).isNotEmpty();
        assertThat(logs).allSatisfy(entry -> assertThat(entry.has("level") && entry.has("message")).isTrue());
        assertThat(logs).anySatisfy(entry -> assertThat(entry.path("message").asText()).isEqualTo("Shut down"));
        assertThat(logs).as("nothing fails while the server shuts down").noneSatisfy(entry ->
                assertThat(entry.path("level").asText()).isIn("WARN", "ERROR"));
    }
}
