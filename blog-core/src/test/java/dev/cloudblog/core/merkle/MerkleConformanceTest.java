package dev.cloudblog.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the RFC 9162 proof vectors of transparency-dev/merkle (Apache License 2.0, see {@code
 * merkle/README.md} in the test resources). Missing or null members take Go's zero values, as in the
 * project that wrote them: no proof is an empty proof, no hash is an empty array.
 */
@DisplayName("MerkleVerifier on the transparency-dev/merkle vectors")
class MerkleConformanceTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionVectors")
    @DisplayName("accepts each inclusion vector that wants no error and rejects each other one")
    void inclusion(Map<String, Object> vector) {
        long leafIndex = number(vector, "leafIdx");
        long treeSize = number(vector, "treeSize");
        byte[] root = hash(vector, "root");
        byte[] leafHash = hash(vector, "leafHash");
        List<byte[]> proof = proof(vector);

        if (wantsError(vector)) {
            assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash, proof, root))
                    .isInstanceOf(InvalidProofException.class);
        } else {
            assertThatCode(() -> MerkleVerifier.verifyInclusion(leafIndex, treeSize, leafHash, proof, root))
                    .doesNotThrowAnyException();
            assertThat(MerkleVerifier.rootFromInclusionProof(leafIndex, treeSize, leafHash, proof))
                    .isEqualTo(root);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyVectors")
    @DisplayName("accepts each consistency vector that wants no error and rejects each other one")
    void consistency(Map<String, Object> vector) {
        long size1 = number(vector, "size1");
        long size2 = number(vector, "size2");
        byte[] root1 = hash(vector, "root1");
        byte[] root2 = hash(vector, "root2");
        List<byte[]> proof = proof(vector);

        if (wantsError(vector)) {
            assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(size1, size2, root1, root2, proof))
                    .isInstanceOf(InvalidProofException.class);
        } else {
            assertThatCode(() -> MerkleVerifier.verifyConsistency(size1, size2, root1, root2, proof))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    @DisplayName("finds all 98 inclusion and 98 consistency vectors")
    void findsEveryVector() throws IOException, URISyntaxException {
        assertThat(vectors("/merkle/inclusion")).hasSize(98);
        assertThat(vectors("/merkle/consistency")).hasSize(98);
    }

    static Stream<Named<Map<String, Object>>> inclusionVectors() throws IOException, URISyntaxException {
        return vectors("/merkle/inclusion").stream();
    }

    static Stream<Named<Map<String, Object>>> consistencyVectors()
            throws IOException, URISyntaxException {
        return vectors("/merkle/consistency").stream();
    }

    /** Every JSON file under a resource folder, named by its path below {@code merkle/}. */
    private static List<Named<Map<String, Object>>> vectors(String folder)
            throws IOException, URISyntaxException {
        URL url = Objects.requireNonNull(
                MerkleConformanceTest.class.getResource(folder), folder + " is not on the classpath");
        Path root = Path.of(url.toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(file -> Named.of(name(root.getParent(), file), read(file)))
                    .toList();
        }
    }

    private static String name(Path base, Path file) {
        return StreamSupport.stream(base.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    private static Map<String, Object> read(Path file) {
        try {
            return FlatJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static long number(Map<String, Object> vector, String name) {
        Object value = vector.get(name);
        return value == null ? 0 : (Long) value;
    }

    private static boolean wantsError(Map<String, Object> vector) {
        return Boolean.TRUE.equals(vector.get("wantErr"));
    }

    private static byte[] hash(Map<String, Object> vector, String name) {
        Object value = vector.get(name);
        return value == null ? new byte[0] : Base64.getDecoder().decode((String) value);
    }

    private static List<byte[]> proof(Map<String, Object> vector) {
        Object value = vector.get("proof");
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream()
                .map(item -> Base64.getDecoder().decode((String) item))
                .toList();
    }
}
