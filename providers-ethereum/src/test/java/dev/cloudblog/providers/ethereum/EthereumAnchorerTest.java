package dev.cloudblog.providers.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.tck.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Anchoring on a local Ethereum node")
class EthereumAnchorerTest {

    private static LocalChain chain;

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private String testName;

    @TempDir
    Path journal;

    @BeforeAll
    static void startChain() {
        chain = LocalChain.start();
    }

    @AfterAll
    static void stopChain() {
        chain.close();
    }

    @BeforeEach
    void nameRoots(TestInfo test) {
        testName = test.getDisplayName();
    }

    @AfterEach
    void restoreMining() {
        executor.shutdownNow();
        if (chain.node().isRunning()) {
            chain.node().setAutomine(true);
        }
    }

    private Anchorer anchorer(AnchorMode mode, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(chain.settings(mode, journal));
        settings.putAll(overrides);
        return new EthereumAnchorProvider().create(new ProviderContext(Config.of(settings), clock, executor, registry,
                "test-node"));
    }

    private Anchorer anchorer(AnchorMode mode) {
        return anchorer(mode, Map.of());
    }

    /** A checkpoint whose root no other test anchors: the chain is shared by the tests of this class. */
    private Checkpoint checkpoint(long size) {
        byte[] root;
        try {
            root = MessageDigest.getInstance("SHA-256").digest((testName + ":" + size).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String base64 = Base64.getEncoder().encodeToString(root);
        return new Checkpoint("test.example/log", size, base64, "test.example/log\n" + size + "\n" + base64
                + "\n\n\u2014 test.example/log c2lnbmF0dXJl\n");
    }

    private BigInteger nonce() {
        return new BigInteger(chain.node().call("eth_getTransactionCount",
                "[\"" + AnvilNode.devAddress(0) + "\", \"latest\"]").asText().substring(2), 16);
    }

    private double counter(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @DisplayName("a receipt names the chain, the transaction, its block and time, the contract and the gas")
    void issuesFullReceipts() {
        try (Anchorer anchorer = anchorer(AnchorMode.CONTRACT)) {
            Checkpoint checkpoint = checkpoint(5);
            Anchor anchor = anchorer.anchor(checkpoint);

            assertThat(anchor.network()).isEqualTo("eip155:31337");
            assertThat(anchor.reference()).matches("0x[0-9a-f]{64}");
            assertThat(anchor.details()).containsEntry("mode", "contract")
                    .containsEntry("contract", chain.contract().toLowerCase())
                    .containsEntry("account", AnvilNode.devAddress(0).toLowerCase())
                    .containsEntry("treeSize", "5")
                    .containsEntry("root", "0x" + HexFormat.of().formatHex(Base64.getDecoder().decode(
                            checkpoint.rootHash())))
                    .containsKeys("block", "blockHash", "gasUsed");
            var block = chain.node().call("eth_getBlockByNumber", "[\"0x" + new BigInteger(anchor.detail("block"))
                    .toString(16) + "\", false]");
            assertThat(anchor.anchoredAt().getEpochSecond())
                    .isEqualTo(Long.parseLong(block.get("timestamp").asText().substring(2), 16));
            assertThat(registry.get("blog.ethereum.anchors").counter().count()).isEqualTo(1);
            assertThat(registry.get("blog.ethereum.anchor.gas").summary().totalAmount())
                    .isEqualTo(Double.parseDouble(anchor.detail("gasUsed")));
        }
    }

    @Test
    @DisplayName("each checkpoint takes one transaction, and a root the registry holds takes none")
    void sendsOneTransactionPerCheckpoint(@TempDir Path otherJournal) {
        Checkpoint checkpoint = checkpoint(9);
        BigInteger before = nonce();
        Anchor first;
        try (Anchorer anchorer = anchorer(AnchorMode.CONTRACT)) {
            first = anchorer.anchor(checkpoint);
            anchorer.anchor(checkpoint(10));
        }
        assertThat(nonce()).isEqualTo(before.add(BigInteger.TWO));

        try (Anchorer elsewhere = anchorer(AnchorMode.CONTRACT, Map.of("blog.ethereum.journal",
                otherJournal.toString()))) {
            Anchor again = elsewhere.anchor(checkpoint);
            assertThat(again.reference()).isEqualTo(first.reference());
            assertThat(elsewhere.check(checkpoint, again).valid()).isTrue();
        }
        assertThat(nonce()).isEqualTo(before.add(BigInteger.TWO));
    }

    @Test
    @DisplayName("refuses at start a node of another chain, and a contract address holding no contract")
    void checksTheChainAtStart() {
        assertThatThrownBy(() -> anchorer(AnchorMode.CONTRACT, Map.of("blog.ethereum.chain-id", "1")))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("serves chain 31337").hasMessageContaining("blog.ethereum.chain-id is 1");
        assertThatThrownBy(() -> anchorer(AnchorMode.CONTRACT, Map.of("blog.ethereum.contract",
                AnvilNode.devAddress(2))))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("holds no contract at " + AnvilNode.devAddress(2).toLowerCase());
    }

    @Test
    @DisplayName("starts while its node is down, and anchors once it is up")
    void startsWithoutItsNode() {
        try (AnvilNode down = new AnvilNode()) {
            down.start();
            String url = down.url();
            down.stop();
            Map<String, String> settings = Map.of("blog.ethereum.url", url, "blog.ethereum.timeout", "300ms");
            try (Anchorer anchorer = anchorer(AnchorMode.CALLDATA, settings)) {
                Checkpoint checkpoint = checkpoint(3);
                assertThatThrownBy(() -> anchorer.anchor(checkpoint))
                        .isInstanceOf(EthereumUnavailableException.class).hasMessageContaining(url);
                assertThat(anchorer.check(checkpoint, new Anchor("ethereum", "eip155:31337", "0x" + "ab".repeat(32),
                        clock.instant(), Map.of("mode", "calldata", "treeSize", "3")))
                        .failureReason()).contains(Failure.ANCHOR_UNREACHABLE);

                down.start();
                Anchor anchor = anchorer.anchor(checkpoint);
                assertThat(anchorer.check(checkpoint, anchor).valid()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("a check says precisely why: another chain, never anchored, removed by a reorganisation, too shallow, backdated")
    void failsPrecisely() {
        try (Anchorer anchorer = anchorer(AnchorMode.CONTRACT)) {
            Checkpoint checkpoint = checkpoint(21);
            String snapshot = chain.node().call("evm_snapshot", "[]").asText();
            Anchor anchor = anchorer.anchor(checkpoint);
            assertThat(anchorer.check(checkpoint, anchor).valid()).isTrue();

            Anchor otherChain = new Anchor(anchor.anchorer(), "eip155:1", anchor.reference(), anchor.anchoredAt(),
                    anchor.details());
            VerificationResult wrongNetwork = anchorer.check(checkpoint, otherChain);
            assertThat(wrongNetwork.failureReason()).contains(Failure.ANCHOR_WRONG_NETWORK);
            assertThat(wrongNetwork.detail()).contains("chain 1").contains("serves chain 31337");

            Anchor backdated = new Anchor(anchor.anchorer(), anchor.network(), anchor.reference(),
                    anchor.anchoredAt().minusSeconds(3600), anchor.details());
            assertThat(anchorer.check(checkpoint, backdated).failureReason()).contains(Failure.ANCHOR_MISMATCH);

            Anchor invented = new Anchor(anchor.anchorer(), anchor.network(), "0x" + "12".repeat(32),
                    anchor.anchoredAt(), anchor.details());
            VerificationResult missing = anchorer.check(checkpoint, invented);
            assertThat(missing.failureReason()).contains(Failure.ANCHOR_MISSING);
            assertThat(missing.detail()).contains("holds this root since");

            try (OnChainVerifier deep = OnChainVerifier.connect(URI.create(chain.node().url()), 4)) {
                AnchorCheck shallow = deep.check(checkpoint, anchor);
                assertThat(shallow.result().failureReason()).contains(Failure.ANCHOR_UNCONFIRMED);
                assertThat(shallow.steps()).extracting(AnchorCheck.Step::name)
                        .containsExactly("receipt", "chain id", "checkpoint", "transaction", "mined", "record",
                                "confirmations");
                chain.node().mine(3);
                assertThat(deep.check(checkpoint, anchor).result().valid()).isTrue();
            }

            chain.node().call("evm_revert", "[\"" + snapshot + "\"]");
            VerificationResult reorganised = anchorer.check(checkpoint, anchor);
            assertThat(reorganised.failureReason()).contains(Failure.ANCHOR_MISSING);
            assertThat(reorganised.detail()).contains("reorganised").contains("has never anchored this root");
        }
    }

    @Test
    @DisplayName("a check against a node of another chain fails as another network")
    void refusesAnotherChainsNode() {
        Checkpoint checkpoint = checkpoint(30);
        Anchor anchor;
        try (Anchorer anchorer = anchorer(AnchorMode.CALLDATA)) {
            anchor = anchorer.anchor(checkpoint);
        }
        try (AnvilNode other = new AnvilNode(1337).start();
             OnChainVerifier verifier = OnChainVerifier.connect(URI.create(other.url()), 1)) {
            AnchorCheck check = verifier.check(checkpoint, anchor);
            assertThat(check.result().failureReason()).contains(Failure.ANCHOR_WRONG_NETWORK);
            assertThat(check.result().detail()).contains("serves chain 1337");
        }
    }

    @Test
    @DisplayName("a transaction the node dropped is sent again, byte for byte, at the next attempt")
    void rebroadcastsDroppedTransactions() {
        try (Anchorer anchorer = anchorer(AnchorMode.CONTRACT, Map.of("blog.ethereum.receipt-timeout", "300ms"))) {
            Checkpoint checkpoint = checkpoint(40);
            BigInteger before = nonce();
            chain.node().setAutomine(false);
            assertThatThrownBy(() -> anchorer.anchor(checkpoint)).isInstanceOf(AnchorFailedException.class)
                    .hasMessageContaining("the next attempt resumes");
            chain.node().call("anvil_dropAllTransactions", "[]");
            chain.node().setAutomine(true);

            Anchor anchor = anchorer.anchor(checkpoint);

            assertThat(anchorer.check(checkpoint, anchor).valid()).isTrue();
            assertThat(counter("blog.ethereum.resends", "reason", "rebroadcast")).isEqualTo(1);
            assertThat(nonce()).isEqualTo(before.add(BigInteger.ONE));
        }
    }

    @Test
    @DisplayName("a dropped transaction whose nonce was taken meanwhile is signed again with a fresh nonce")
    void renoncesWhenTheNonceIsTaken() {
        try (Anchorer anchorer = anchorer(AnchorMode.CALLDATA, Map.of("blog.ethereum.receipt-timeout", "300ms"))) {
            Checkpoint checkpoint = checkpoint(50);
            chain.node().setAutomine(false);
            assertThatThrownBy(() -> anchorer.anchor(checkpoint)).isInstanceOf(AnchorFailedException.class);
            chain.node().call("anvil_dropAllTransactions", "[]");
            chain.node().setAutomine(true);
            String other = chain.node().call("eth_sendTransaction", "[{\"from\":\"" + AnvilNode.devAddress(0)
                    + "\",\"to\":\"" + AnvilNode.devAddress(1) + "\",\"value\":\"0x1\"}]").asText();
            chain.node().awaitReceipt(other);

            Anchor anchor = anchorer.anchor(checkpoint);

            assertThat(anchorer.check(checkpoint, anchor).valid()).isTrue();
            assertThat(counter("blog.ethereum.resends", "reason", "renonced")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a transaction left unmined longer than the timeout is replaced with raised fees, and the replacement counts")
    void replacesStuckTransactions() {
        try (Anchorer anchorer = anchorer(AnchorMode.CONTRACT, Map.of("blog.ethereum.receipt-timeout", "300ms"))) {
            Checkpoint checkpoint = checkpoint(60);
            chain.node().setAutomine(false);
            assertThatThrownBy(() -> anchorer.anchor(checkpoint)).isInstanceOf(AnchorFailedException.class);
            clock.advance(Duration.ofMinutes(1));
            Thread miner = new Thread(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                chain.node().mine(1);
            });
            miner.start();

            Anchor anchor = anchorer.anchor(checkpoint);

            assertThat(anchorer.check(checkpoint, anchor).valid()).isTrue();
            assertThat(counter("blog.ethereum.resends", "reason", "replaced")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a transaction sent before a crash is resumed from the journal by the next process, not sent twice")
    void resumesAfterACrash() {
        Checkpoint checkpoint = checkpoint(70);
        BigInteger before = nonce();
        chain.node().setAutomine(false);
        try (Anchorer crashed = anchorer(AnchorMode.CALLDATA, Map.of("blog.ethereum.receipt-timeout", "300ms"))) {
            assertThatThrownBy(() -> crashed.anchor(checkpoint)).isInstanceOf(AnchorFailedException.class);
        }
        chain.node().setAutomine(true);
        chain.node().mine(1);

        try (Anchorer restarted = anchorer(AnchorMode.CALLDATA)) {
            Anchor anchor = restarted.anchor(checkpoint);
            assertThat(restarted.check(checkpoint, anchor).valid()).isTrue();
        }
        assertThat(nonce()).isEqualTo(before.add(BigInteger.ONE));
        assertThat(journal).isEmptyDirectory();
    }

    @Test
    @DisplayName("fees above the cap are refused with the base fee and the cap named, and nothing is sent")
    void respectsTheFeeCap() {
        BigInteger before = nonce();
        try (Anchorer anchorer = anchorer(AnchorMode.CALLDATA, Map.of("blog.ethereum.max-fee-per-gas", "1wei",
                "blog.ethereum.max-priority-fee-per-gas", "1wei"))) {
            assertThatThrownBy(() -> anchorer.anchor(checkpoint(80))).isInstanceOf(AnchorFailedException.class)
                    .hasMessageContaining("base fee").hasMessageContaining("blog.ethereum.max-fee-per-gas, 1 wei");
        }
        assertThat(nonce()).isEqualTo(before);
        assertThat(journal).isEmptyDirectory();
    }
}
