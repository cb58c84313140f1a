package dev.cloudblog.examples.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.VerificationKey;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.core.checkpoint.CheckpointVerifier;
import dev.cloudblog.core.checkpoint.SigningKeys;
import dev.cloudblog.core.verification.ProofJson;
import dev.cloudblog.providers.ethereum.AnchorMode;
import dev.cloudblog.providers.ethereum.AnvilNode;
import dev.cloudblog.providers.ethereum.LocalChain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier run on the proof of a post of a blog that anchors its checkpoints on a local anvil
 * node, with a registry contract deployed there.
 */
@DisplayName("The proof verifier")
class VerifyProofTest {

    private static final List<String> ETHEREUM_STEPS = List.of("receipt", "chain id", "checkpoint", "transaction",
            "mined", "record", "confirmations", "block time");

    @TempDir
    static Path directory;

    private static LocalChain chain;
    private static Blog blog;
    private static ContentProof proof;
    private static RevisionContent content;
    private static VerificationKey key;
    private static Path proofFile;
    private static Path contentFile;

    @BeforeAll
    static void anchorAPost() throws IOException {
        chain = LocalChain.start();
        CloudBlog.Builder builder = CloudBlog.builder().environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", directory.resolve("blog").toString());
        chain.settings(AnchorMode.CONTRACT, directory.resolve("ethereum")).forEach(builder::property);
        blog = builder.build();

        Post draft = blog.posts().create(PostInput.builder().title("Proven").author("ada").tags("trust", "chain")
                .body("# Proven\n\nA post whose revisions anyone can check: \"quoted\", caf\u00e9, \uD83D\uDE00.")
                .build());
        Post post = blog.posts().publish(draft.id(), draft.version());
        blog.verification().checkpoint();
        proof = blog.verification().prove(post.id(), post.version());
        content = RevisionContent.of(blog.posts().revision(post.id(), post.version()));
        key = blog.verification().key();
        proofFile = write("proof.json", ProofJson.write(proof));
        contentFile = write("content.json", ContentJson.write(content));
    }

    @AfterAll
    static void close() {
        try {
            if (blog != null) {
                blog.close();
            }
        } finally {
            if (chain != null) {
                chain.close();
            }
        }
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ContentProof withAnchors(UnaryOperator<List<Anchor>> change) {
        return new ContentProof(proof.postId(), proof.revision(), proof.leafIndex(), proof.leafHash(),
                proof.inclusionPath(), proof.checkpoint(), change.apply(new ArrayList<>(proof.anchors())));
    }

    private static Anchor ethereumAnchor() {
        return proof.anchors().stream().filter(anchor -> anchor.anchorer().equals("ethereum")).findFirst()
                .orElseThrow();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int status = VerifyProof.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return new Run(status, buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static Run verify(Path proof, Path content, String... more) {
        List<String> args = new ArrayList<>(List.of("--proof", proof.toString(), "--content", content.toString(),
                "--key", key.verifierKey()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    /** What one run printed, and its exit status. */
    private record Run(int status, List<String> lines) {

        String last() {
            return lines.get(lines.size() - 1);
        }

        List<String> starting(String prefix) {
            return lines.stream().filter(line -> line.startsWith(prefix)).toList();
        }
    }

    @Test
    @DisplayName("passes the content, the signed checkpoint and every step of the ethereum anchor on chain")
    void verifiesOnChain() {
        Run run = verify(proofFile, contentFile, "--rpc", chain.node().url());

        assertThat(run.status()).isZero();
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("PASS  revision ")
                .contains("revision 2 of post " + proof.postId()));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("PASS  leaf hash ")
                .contains("the content hashes to leaf " + proof.leafHash()));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("PASS  checkpoint ")
                .contains("signed by " + key.keyName()).contains("covers " + proof.checkpoint().treeSize() + " leaves")
                .contains(proof.checkpoint().rootHash()));
        assertThat(run.starting("PASS  ethereum/")).hasSize(ETHEREUM_STEPS.size());
        ETHEREUM_STEPS.forEach(step -> assertThat(run.lines()).as(step)
                .anySatisfy(line -> assertThat(line).startsWith(String.format("PASS  %-22s  ", "ethereum/" + step))));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("SKIP  local ")
                .contains("only the blog can check it"));
        assertThat(run.starting("FAIL")).isEmpty();
        assertThat(run.last()).isEqualTo("VERIFIED");
    }

    @Test
    @DisplayName("takes the key as a PEM file with its name")
    void takesAPemKey() throws IOException {
        Path pem = write("key.pub.pem", key.publicKeyPem());

        Run run = run("--proof", proofFile.toString(), "--content", contentFile.toString(),
                "--key-file", pem.toString(), "--key-name", key.keyName(), "--rpc", chain.node().url(), "--confirmations", "1");

        assertThat(run.status()).isZero();
        assertThat(run.last()).isEqualTo("VERIFIED");
    }

    @Test
    @DisplayName("without --rpc passes the offline checks and says that no anchor was checked on chain")
    void skipsAnchorsWithoutRpc() {
        Run run = verify(proofFile, contentFile);

        assertThat(run.status()).isZero();
        assertThat(run.starting("PASS")).hasSize(3);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("SKIP  ethereum ")
                .contains(ethereumAnchor().reference()).contains("no --rpc given"));
        assertThat(run.starting("PASS  ethereum/")).isEmpty();
        assertThat(run.last()).isEqualTo("VERIFIED (no anchor checked on chain: no --rpc given)");
    }

    @Test
    @DisplayName("fails the leaf hash of altered content and stops there")
    void failsAlteredContent() throws IOException {
        RevisionContent altered = new RevisionContent(content.postId(), content.revision(), content.slug(),
                content.title(), content.body().replace("anyone", "no one"), content.tags(), content.author(),
                content.status(), content.publishedAt());
        Path alteredFile = write("altered.json", ContentJson.write(altered));

        Run run = verify(proofFile, alteredFile, "--rpc", chain.node().url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("FAIL  leaf hash ")
                .contains("the content was altered"));
        assertThat(run.lines()).noneSatisfy(line -> assertThat(line).contains("checkpoint"));
        assertThat(run.last()).startsWith("NOT VERIFIED: the content hashes to leaf ");
    }

    @Test
    @DisplayName("fails the checkpoint against another key")
    void failsAnotherKey() {
        String otherKey = new CheckpointVerifier(key.keyName(), SigningKeys.generate().getPublic()).verifierKey();

        Run run = run("--proof", proofFile.toString(), "--content", contentFile.toString(), "--key", otherKey);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("FAIL  checkpoint "));
        assertThat(run.last()).startsWith("NOT VERIFIED: checkpoint: ");
    }

    @Test
    @DisplayName("fails the transaction step of an anchor whose reference names another transaction")
    void failsAnotherTransaction() throws IOException {
        Anchor original = ethereumAnchor();
        Anchor forged = new Anchor(original.anchorer(), original.network(), "0x" + "ab".repeat(32),
                original.anchoredAt(), original.details());
        Path forgedProof = write("forged.json", ProofJson.write(withAnchors(anchors -> {
            anchors.replaceAll(anchor -> anchor.equals(original) ? forged : anchor);
            return anchors;
        })));

        Run run = verify(forgedProof, contentFile, "--rpc", chain.node().url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("PASS  ethereum/chain id "));
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("FAIL  ethereum/transaction ")
                .contains(forged.reference()).contains("is not on chain " + chain.node().chainId()));
        assertThat(run.last()).startsWith("NOT VERIFIED: the ethereum anchor " + forged.reference());
    }

    @Test
    @DisplayName("fails the chain id step against a node of another chain")
    void failsAnotherChain() {
        try (AnvilNode other = new AnvilNode(1337).start()) {
            Run run = verify(proofFile, contentFile, "--rpc", other.url());

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("FAIL  ethereum/chain id ")
                    .contains("the receipt is for chain " + chain.node().chainId()).contains("serves chain 1337"));
            assertThat(run.starting("PASS  ethereum/transaction")).isEmpty();
            assertThat(run.last()).startsWith("NOT VERIFIED: ");
        }
    }

    @Test
    @DisplayName("with --rpc fails a proof that carries no ethereum anchor")
    void failsWithoutEthereumAnchor() throws IOException {
        Path localOnly = write("local-only.json", ProofJson.write(withAnchors(anchors -> {
            anchors.removeIf(anchor -> anchor.anchorer().equals("ethereum"));
            return anchors;
        })));

        Run run = verify(localOnly, contentFile, "--rpc", chain.node().url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("FAIL  ethereum ")
                .contains("the proof carries no ethereum anchor"));
        assertThat(run.last()).isEqualTo("NOT VERIFIED: the proof carries no ethereum anchor: its checkpoint was"
                + " not anchored on chain (yet)");
    }

    @Test
    @DisplayName("fails content of another revision than the proof's")
    void failsAnotherRevision() throws IOException {
        RevisionContent first = RevisionContent.of(blog.posts().revision(content.postId(), 1));
        Path firstFile = write("first.json", ContentJson.write(first));

        Run run = verify(proofFile, firstFile);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines().get(0)).startsWith("FAIL  revision ")
                .contains("the content is revision 1 of post " + content.postId())
                .contains("the proof is for revision 2");
    }

    @Test
    @DisplayName("exits with 2 and names the argument when a file is missing or unreadable")
    void refusesUnreadableInput() throws IOException {
        Path missing = directory.resolve("missing.json");
        Path extra = write("extra.json", ContentJson.write(content).replace("\"author\"", "\"editor\" : \"x\",\n  \"author\""));

        assertThat(verify(missing, contentFile)).satisfies(run -> {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.lines().get(0)).isEqualTo("error: --proof: there is no file " + missing);
        });
        assertThat(verify(proofFile, extra)).satisfies(run -> {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.lines().get(0)).startsWith("error: --content: ").contains("unknown member(s) [editor]");
        });
        assertThat(verify(contentFile, contentFile)).satisfies(run -> {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.lines().get(0)).startsWith("error: --proof: ").contains("format");
        });
        assertThat(run("--proof", proofFile.toString(), "--content", contentFile.toString(), "--key", "nonsense"))
                .satisfies(run -> {
                    assertThat(run.status()).isEqualTo(2);
                    assertThat(run.lines().get(0)).startsWith("error: --key: ");
                });
    }

    @Test
    @DisplayName("exits with 2, names the argument and prints the usage line when the arguments are wrong")
    void refusesWrongArguments() {
        String proofPath = proofFile.toString();
        String contentPath = contentFile.toString();
        String verifierKey = key.verifierKey();

        assertThat(List.of(
                run("--proof", proofPath, "--key", verifierKey),
                run("--proof", proofPath, "--content", contentPath),
                run("--proof", proofPath, "--content", contentPath, "--key", verifierKey, "--key-name", "blog"),
                run("--proof", proofPath, "--content", contentPath, "--key-file", "key.pem"),
                run("--proof", proofPath, "--content", contentPath, "--key", verifierKey, "--confirmations", "0"),
                run("--proof", proofPath, "--content", contentPath, "--key", verifierKey, "--rpc", "localhost:8545"),
                run("--proof", proofPath, "--content", contentPath, "--key", verifierKey, "--verbose"),
                run("--proof", proofPath, "--proof", proofPath),
                run("--proof")))
                .extracting(run -> run.status() + " " + run.lines().get(0))
                .containsExactly(
                        "2 error: --content is required",
                        "2 error: --key, or --key-file with --key-name, is required",
                        "2 error: --key excludes --key-file and --key-name: give the key one way",
                        "2 error: --key-file needs --key-name, the name the checkpoint signatures carry (the blog's"
                                + " blog.verification.origin)",
                        "2 error: --confirmations: '0' is not a whole number of at least 1",
                        "2 error: --rpc: 'localhost:8545' is not an http or https URL such as http://127.0.0.1:8545",
                        "2 error: unknown argument '--verbose'",
                        "2 error: --proof is given twice",
                        "2 error: --proof needs a value");
        assertThat(run("--proof")).satisfies(run -> assertThat(run.lines()).element(1).isEqualTo(Arguments.USAGE));
    }

    @Test
    @DisplayName("prints its usage and options on --help, exiting with 0, and without arguments, exiting with 2")
    void printsHelp() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.lines().get(0)).isEqualTo(Arguments.USAGE);
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("  --rpc <url>"));
        assertThat(run()).satisfies(bare -> {
            assertThat(bare.status()).as("without arguments").isEqualTo(2);
            assertThat(bare.lines()).isEqualTo(run.lines());
        });
    }
}
