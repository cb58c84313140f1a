package dev.cloudblog.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Health, metrics, the OpenAPI document and the deploy manifests")
class OpsTest {

    private final TestServer server = TestServer.shared();
    private final Api api = server.api;

    @Test
    @DisplayName("answers liveness and readiness")
    void health() {
        assertThat(api.get(OpsRoutes.LIVE).expect(200).path("status").asText()).isEqualTo("UP");
        JsonNode ready = api.get(OpsRoutes.READY).expect(200);
        assertThat(ready.path("checks").path("store").asText()).isEqualTo("UP");
    }

    @Test
    @DisplayName("exposes Prometheus metrics of HTTP requests, the blog and the JVM")
    void metrics() {
        api.get("/api/v1/posts?limit=1").expect(200);
        var response = api.get("/metrics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body()).contains("http_server_requests_seconds_count{method=\"GET\"",
                "uri=\"/api/v1/posts\"", "blog_operations_seconds", "jvm_memory_used_bytes");
    }

    @Test
    @DisplayName("describes every route the server answers in /openapi.json, and nothing it does not")
    void openApiListsEveryRoute() {
        JsonNode document = api.get("/openapi.json").expect(200);
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        List<String> documented = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        List<String> served = server.server.routes().stream().filter(route -> !route.startsWith("BEFORE")
                && !route.startsWith("AFTER")).toList();
        assertThat(served).hasSizeGreaterThan(30);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    @DisplayName("probes the deployment on the routes the server serves, from the jar the build makes")
    void deployManifests() throws IOException {
        Path deploy = Path.of("deploy");
        String deployment = Files.readString(deploy.resolve("k8s/deployment.yaml"));
        assertThat(deployment).contains("path: " + OpsRoutes.LIVE, "path: " + OpsRoutes.READY, "containerPort: 8080");
        String dockerfile = Files.readString(deploy.resolve("Dockerfile"));
        assertThat(dockerfile).contains("example-server.jar", "target/lib");
        assertThat(Files.readString(deploy.resolve("k8s/kustomization.yaml")))
                .contains("deployment.yaml", "service.yaml", "configmap.yaml", "hpa.yaml");
    }
}
