package dev.cloudblog.providers.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;

@DisplayName("A local anvil node")
class AnvilNodeTest {

    private static final BigInteger ETHER = BigInteger.TEN.pow(18);
    private static final String ROOT = "0x" + "ab".repeat(32);

    @Test
    @DisplayName("answers eth_chainId with the chain id it was given, on 127.0.0.1")
    void chainId() {
        try (AnvilNode node = new AnvilNode(4242).start()) {
            assertThat(node.url()).startsWith("http://127.0.0.1:");
            assertThat(node.chainId()).isEqualTo(4242);
            assertThat(node.rpc("eth_chainId", "[]")).contains("\"result\":\"0x1092\"");
            assertThat(node.isRunning()).isTrue();
        }
    }

    @Test
    @DisplayName("unlocks the dev accounts whose keys it names")
    void devAccounts() {
        try (AnvilNode node = new AnvilNode().start()) {
            assertThat(node.call("eth_chainId", "[]").asText()).isEqualTo("0x7a69");
            JsonNode accounts = node.call("eth_accounts", "[]");
            for (int i = 0; i < 3; i++) {
                assertThat(Credentials.create(AnvilNode.devKey(i)).getAddress())
                        .isEqualToIgnoringCase(AnvilNode.devAddress(i))
                        .isEqualToIgnoringCase(accounts.get(i).asText());
            }
        }
        assertThatThrownBy(() -> AnvilNode.devKey(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("brings back blocks, balances, nonces, contract storage, receipts, logs and past states after a stop and a start")
    void restartKeepsChain() {
        try (AnvilNode node = new AnvilNode().start()) {
            String url = node.url();
            String from = AnvilNode.devAddress(0);
            String to = AnvilNode.devAddress(2);
            JsonNode transfer = node.awaitReceipt(node.call("eth_sendTransaction",
                    "[{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"value\":\"0x" + ETHER.toString(16) + "\"}]")
                    .asText());
            JsonNode deployment = node.awaitReceipt(node.call("eth_sendTransaction",
                    "[{\"from\":\"" + from + "\",\"data\":\"0x" + creationCode() + "\"}]").asText());
            String contract = deployment.path("contractAddress").asText();
            JsonNode anchoring = node.awaitReceipt(node.call("eth_sendTransaction",
                    "[{\"from\":\"" + from + "\",\"to\":\"" + contract + "\",\"data\":\""
                            + selector("anchor(bytes32)") + ROOT.substring(2) + "\"}]").asText());
            assertThat(anchoring.path("status").asText()).isEqualTo("0x1");
            node.mine(2);

            BigInteger blockNumber = quantity(node.call("eth_blockNumber", "[]"));
            String latestHash = node.call("eth_getBlockByNumber", "[\"latest\", false]").path("hash").asText();
            BigInteger nonce = quantity(node.call("eth_getTransactionCount", "[\"" + from + "\", \"latest\"]"));
            BigInteger balance = quantity(node.call("eth_getBalance", "[\"" + to + "\", \"latest\"]"));
            String anchoredAt = anchoredAt(node, contract);

            node.stop();
            assertThat(node.isRunning()).isFalse();
            node.start();

            assertThat(node.url()).isEqualTo(url);
            assertThat(quantity(node.call("eth_blockNumber", "[]"))).isEqualTo(blockNumber).isEqualTo(5);
            assertThat(node.call("eth_getBlockByNumber", "[\"latest\", false]").path("hash").asText())
                    .isEqualTo(latestHash);
            assertThat(nonce).isEqualTo(3);
            assertThat(quantity(node.call("eth_getTransactionCount", "[\"" + from + "\", \"latest\"]")))
                    .isEqualTo(nonce);
            assertThat(quantity(node.call("eth_getBalance", "[\"" + to + "\", \"latest\"]")))
                    .isEqualTo(balance)
                    .isEqualTo(ETHER.multiply(BigInteger.valueOf(10_001)));
            assertThat(quantity(node.call("eth_getBalance", "[\"" + to + "\", \"0x0\"]")))
                    .isEqualTo(ETHER.multiply(BigInteger.valueOf(10_000)));
            assertThat(node.call("eth_getCode", "[\"" + contract + "\", \"latest\"]").asText()).hasSizeGreaterThan(2);
            assertThat(anchoredAt(node, contract))
                    .isEqualTo(anchoredAt)
                    .isNotEqualTo("0x" + "0".repeat(64));
            for (JsonNode receipt : new JsonNode[] {transfer, deployment, anchoring}) {
                assertThat(node.call("eth_getTransactionReceipt",
                        "[\"" + receipt.path("transactionHash").asText() + "\"]")).isEqualTo(receipt);
            }
            JsonNode logs = node.call("eth_getLogs",
                    "[{\"fromBlock\":\"0x0\",\"toBlock\":\"latest\",\"address\":\"" + contract + "\"}]");
            assertThat(logs).hasSize(1);
            assertThat(logs.get(0).path("topics").get(0).asText())
                    .isEqualTo(Hash.sha3String("Anchored(bytes32,address,uint256)"));
            assertThat(logs.get(0).path("topics").get(1).asText()).isEqualTo(ROOT);

            JsonNode next = node.awaitReceipt(node.call("eth_sendTransaction",
                    "[{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"value\":\"0x1\"}]").asText());
            assertThat(quantity(next.path("blockNumber"))).isEqualTo(blockNumber.add(BigInteger.ONE));
            assertThat(node.call("eth_getBlockByNumber", "[\"latest\", false]").path("parentHash").asText())
                    .isEqualTo(latestHash);
        }
    }

    @Test
    @DisplayName("forgets pending transactions and the mining mode on a restart")
    void restartDropsMempool() {
        try (AnvilNode node = new AnvilNode().start()) {
            String from = AnvilNode.devAddress(1);
            node.setAutomine(false);
            String pending = node.call("eth_sendTransaction",
                    "[{\"from\":\"" + from + "\",\"to\":\"" + AnvilNode.devAddress(2) + "\",\"value\":\"0x1\"}]")
                    .asText();
            assertThat(quantity(node.call("eth_getTransactionCount", "[\"" + from + "\", \"pending\"]")))
                    .isEqualTo(1);

            node.stop();
            node.start();

            assertThat(node.call("eth_getTransactionByHash", "[\"" + pending + "\"]").isNull()).isTrue();
            assertThat(quantity(node.call("eth_getTransactionCount", "[\"" + from + "\", \"pending\"]")))
                    .isZero();
            String mined = node.call("eth_sendTransaction",
                    "[{\"from\":\"" + from + "\",\"to\":\"" + AnvilNode.devAddress(2) + "\",\"value\":\"0x1\"}]")
                    .asText();
            assertThat(quantity(node.awaitReceipt(mined).path("blockNumber"))).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("keeps block timestamps from going backwards when a restart loses an evm_increaseTime offset")
    void restartKeepsClockMonotonic() {
        try (AnvilNode node = new AnvilNode().start()) {
            node.call("evm_increaseTime", "[86400]");
            node.mine(1);
            BigInteger before = timestamp(node);
            assertThat(before.longValue()).isGreaterThan(System.currentTimeMillis() / 1000 + 86_000);

            node.stop();
            node.start();
            node.mine(3);

            assertThat(quantity(node.call("eth_blockNumber", "[]"))).isEqualTo(4);
            assertThat(timestamp(node)).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    @DisplayName("refuses a missing binary with a message naming its path and how to install it")
    void missingBinary() {
        Path missing = Path.of("target", "no-such-anvil");
        assertThatThrownBy(() -> new AnvilNode(missing, AnvilNode.DEFAULT_CHAIN_ID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString())
                .hasMessageContaining("npm ci")
                .hasMessageContaining(AnvilNode.BINARY_PROPERTY);
    }

    private static String anchoredAt(AnvilNode node, String contract) {
        return node.call("eth_call", "[{\"to\":\"" + contract + "\",\"data\":\""
                + selector("anchoredAt(bytes32)") + ROOT.substring(2) + "\"}, \"latest\"]").asText();
    }

    private static BigInteger timestamp(AnvilNode node) {
        return quantity(node.call("eth_getBlockByNumber", "[\"latest\", false]").path("timestamp"));
    }

    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(0, 10);
    }

    private static BigInteger quantity(JsonNode hex) {
        return new BigInteger(hex.asText().substring(2), 16);
    }

    private static String creationCode() {
        try (InputStream in = AnvilNodeTest.class.getResourceAsStream("AnchorRegistry.bin")) {
            assertThat(in).as("AnchorRegistry.bin resource").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
