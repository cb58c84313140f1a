package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The model registry")
class ModelRegistryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final Map<String, String> SETTINGS = Map.of("hidden", "64", "epochs", "20");
    private static final Map<String, Double> METRICS = Map.of("accuracy", 0.87, "f1", 0.85);

    @TempDir
    Path directory;

    private ModelRegistry open() {
        return new ModelRegistry(directory, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String fingerprint(String data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static ModelCard register(ModelRegistry registry, String data, Map<String, String> settings) {
        return registry.register("sentiment", fingerprint(data), settings, METRICS, List.of(),
                dir -> Files.writeString(dir.resolve("model.zip"), "weights of " + data));
    }

    @Test
    @DisplayName("numbers the versions of a model from 1 and makes the newest current")
    void versionsIncrement() {
        ModelRegistry registry = open();
        assertThat(registry.current("sentiment")).isEmpty();
        assertThat(registry.versions("sentiment")).isEmpty();

        ModelCard first = register(registry, "a", SETTINGS);
        assertThat(first.version()).isEqualTo(1);
        assertThat(registry.current("sentiment")).contains(first);

        ModelCard second = register(registry, "b", SETTINGS);
        assertThat(second.version()).isEqualTo(2);
        assertThat(registry.current("sentiment")).contains(second);
        assertThat(registry.versions("sentiment")).containsExactly(first, second);
        assertThat(registry.versions("tags")).isEmpty();
    }

    @Test
    @DisplayName("keeps the card as written, with its time, metrics and trials, and the caller's files")
    void keepsCardAndFiles() throws IOException {
        ModelRegistry registry = open();
        List<Map<String, String>> trials = List.of(Map.of("hidden", "32", "accuracy", "0.81"),
                Map.of("hidden", "64", "accuracy", "0.87"));
        ModelCard card = registry.register("tags", fingerprint("posts"), SETTINGS, METRICS, trials, dir -> {
            Files.writeString(dir.resolve("model.zip"), "weights");
            Files.createDirectories(dir.resolve("vocabulary"));
            Files.writeString(dir.resolve("vocabulary").resolve("words.txt"), "cloud\nblog\n");
        });

        assertThat(card.trainedAt()).isEqualTo(NOW);
        assertThat(card.trials()).isEqualTo(trials);
        Path files = registry.directory(card);
        assertThat(files).isEqualTo(directory.resolve("tags").resolve("1"));
        assertThat(files.resolve("model.zip")).hasContent("weights");
        assertThat(files.resolve("vocabulary").resolve("words.txt")).hasContent("cloud\nblog\n");
        assertThat(Files.readString(files.resolve("card.json")))
                .contains("\"trainedAt\" : \"2025-03-01T10:15:30.123Z\"");
        assertThat(Files.readString(directory.resolve("tags").resolve("current"))).isEqualTo("1\n");
        assertThat(open().current("tags")).contains(card);
    }

    @Test
    @DisplayName("rolls back to an earlier version, which stays current when the registry is reopened")
    void rollback() {
        ModelRegistry registry = open();
        ModelCard first = register(registry, "a", SETTINGS);
        register(registry, "b", SETTINGS);

        assertThat(registry.rollback("sentiment", 1)).isEqualTo(first);
        assertThat(registry.current("sentiment")).contains(first);
        assertThat(open().current("sentiment")).contains(first);

        ModelCard third = register(open(), "c", SETTINGS);
        assertThat(third.version()).isEqualTo(3);
        assertThat(open().current("sentiment")).contains(third);
    }

    @Test
    @DisplayName("refuses to roll back to a version that does not exist, naming those that do")
    void unknownRollback() {
        ModelRegistry registry = open();
        assertThatThrownBy(() -> registry.rollback("sentiment", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentiment has no version 1; it has no versions");
        register(registry, "a", SETTINGS);
        register(registry, "b", SETTINGS);
        assertThatThrownBy(() -> registry.rollback("sentiment", 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentiment has no version 7; its versions are [1, 2]");
        assertThat(registry.current("sentiment")).map(ModelCard::version).contains(2);
    }

    @Test
    @DisplayName("leaves no version behind and keeps the current one when the model files fail")
    void failedFiles() throws IOException {
        ModelRegistry registry = open();
        ModelCard first = register(registry, "a", SETTINGS);

        assertThatThrownBy(() -> registry.register("sentiment", fingerprint("b"), SETTINGS, METRICS, List.of(), dir -> {
            Files.writeString(dir.resolve("half.zip"), "half");
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("version 2 of sentiment")
                .hasMessageContaining("nothing was registered").hasRootCauseMessage("disk full");
        assertThatThrownBy(() -> registry.register("sentiment", fingerprint("c"), SETTINGS, METRICS, List.of(),
                dir -> Files.writeString(dir.resolve("card.json"), "{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("card.json");

        assertThat(registry.versions("sentiment")).containsExactly(first);
        assertThat(registry.current("sentiment")).contains(first);
        try (Stream<Path> entries = Files.list(directory.resolve("sentiment"))) {
            assertThat(entries.map(entry -> entry.getFileName().toString())).containsExactlyInAnyOrder("1", "current");
        }
        assertThat(register(registry, "b", SETTINGS).version()).isEqualTo(2);
    }

    @Test
    @DisplayName("finds the newest version trained on the same data with the same settings")
    void find() {
        ModelRegistry registry = open();
        register(registry, "a", SETTINGS);
        ModelCard again = register(registry, "a", SETTINGS);
        ModelCard other = register(registry, "a", Map.of("hidden", "128", "epochs", "20"));

        assertThat(registry.find("sentiment", fingerprint("a"), Map.of("epochs", "20", "hidden", "64")))
                .contains(again);
        assertThat(registry.find("sentiment", fingerprint("a"), Map.of("hidden", "128", "epochs", "20")))
                .contains(other);
        assertThat(registry.find("sentiment", fingerprint("b"), SETTINGS)).isEmpty();
        assertThat(registry.find("sentiment", fingerprint("a"), Map.of("hidden", "64"))).isEmpty();
        assertThat(registry.find("tags", fingerprint("a"), SETTINGS)).isEmpty();
    }

    @Test
    @DisplayName("refuses malformed model ids and fingerprints")
    void badValues() {
        ModelRegistry registry = open();
        for (String id : List.of("Sentiment", "", "../etc", "a b", "x".repeat(41))) {
            assertThatThrownBy(() -> registry.register(id, fingerprint("a"), SETTINGS, METRICS, List.of(), dir -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("model id '" + id + "'");
        }
        assertThatThrownBy(() -> registry.versions("../secrets")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.register("sentiment", "ABC", SETTINGS, METRICS, List.of(), dir -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fingerprint 'ABC'");
        assertThatThrownBy(() -> registry.register("sentiment", fingerprint("a"), SETTINGS,
                Map.of("accuracy", Double.NaN), List.of(), dir -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric accuracy is NaN");
        assertThat(registry.versions("sentiment")).isEmpty();
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    @DisplayName("names the card file when it is corrupt")
    void corruptCard() throws IOException {
        ModelRegistry registry = open();
        ModelCard card = register(registry, "a", SETTINGS);
        Path file = registry.directory(card).resolve("card.json");
        Files.writeString(file, "{\"modelId\": \"sentiment\", \"version\": ");

        assertThatThrownBy(() -> registry.current("sentiment")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("corrupt");
        Files.writeString(file, Files.readString(file) + "2}");
        assertThatThrownBy(() -> registry.versions("sentiment")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }
}
