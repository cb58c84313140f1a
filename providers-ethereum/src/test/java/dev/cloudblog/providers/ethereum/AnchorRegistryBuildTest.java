package dev.cloudblog.providers.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recompiles {@code src/main/solidity/AnchorRegistry.sol} with the pinned solcjs (system property
 * {@code blog.test.solc}, run with {@code node}) exactly as {@code src/main/solidity/compile.sh} does, and
 * requires the committed {@code AnchorRegistry.bin} and {@code AnchorRegistry.abi} to be that output byte
 * for byte.
 */
@DisplayName("The committed AnchorRegistry artefacts")
class AnchorRegistryBuildTest {

    private static final String SOURCE = "src/main/solidity/AnchorRegistry.sol";
    private static final String OUTPUT_PREFIX = "src_main_solidity_AnchorRegistry_sol_AnchorRegistry";
    private static final Path RESOURCES = Path.of("src/main/resources/dev/cloudblog/providers/ethereum");

    /** CBOR tail of the metadata that solc 0.8.37 appends to the bytecode: "solc" followed by 0x000825. */
    private static final String SOLC_0_8_37_TAIL = "64736f6c63430008250033";

    @TempDir
    static Path output;

    private static Path module;

    @BeforeAll
    static void compile() throws IOException, InterruptedException {
        module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        String solc = System.getProperty("blog.test.solc");
        assertThat(solc).as("system property blog.test.solc (path of solc.js)").isNotBlank();
        assertThat(Path.of(solc)).as("solc.js; install it with `npm ci` in providers-ethereum/tools").isRegularFile();

        List<String> command = List.of("node", solc,
                "--optimize", "--optimize-runs", "200", "--bin", "--abi",
                "--base-path", ".", "-o", output.toString(), SOURCE);
        Process process = new ProcessBuilder(command)
                .directory(module.toFile())
                .redirectErrorStream(true)
                .start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("solcjs finished").isTrue();
        assertThat(process.exitValue()).as("solcjs exit status; output:%n%s", log).isZero();
    }

    @Test
    @DisplayName("hold the creation bytecode that solc 0.8.37 makes of AnchorRegistry.sol, as hex without 0x or newline")
    void bytecode() throws IOException {
        String compiled = Files.readString(output.resolve(OUTPUT_PREFIX + ".bin"), StandardCharsets.US_ASCII);
        String committed = Files.readString(module.resolve(RESOURCES).resolve("AnchorRegistry.bin"), StandardCharsets.US_ASCII);

        assertThat(committed)
                .as("AnchorRegistry.bin is stale; run src/main/solidity/compile.sh")
                .isEqualTo(compiled)
                .matches("[0-9a-f]+")
                .endsWith(SOLC_0_8_37_TAIL);
    }

    @Test
    @DisplayName("hold the ABI that solc 0.8.37 makes of AnchorRegistry.sol, as single-line JSON")
    void abi() throws IOException {
        String compiled = Files.readString(output.resolve(OUTPUT_PREFIX + ".abi"), StandardCharsets.UTF_8);
        String committed = Files.readString(module.resolve(RESOURCES).resolve("AnchorRegistry.abi"), StandardCharsets.UTF_8);

        assertThat(committed)
                .as("AnchorRegistry.abi is stale; run src/main/solidity/compile.sh")
                .isEqualTo(compiled)
                .doesNotContain("\n")
                .contains("\"name\":\"anchor\"", "\"name\":\"anchoredAt\"", "\"name\":\"Anchored\"",
                        "\"name\":\"AlreadyAnchored\"", "\"name\":\"EmptyRoot\"");
    }
}
