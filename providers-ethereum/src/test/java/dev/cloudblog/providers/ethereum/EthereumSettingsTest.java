package dev.cloudblog.providers.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ethereum anchor's settings")
class EthereumSettingsTest {

    private static final String KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final String CONTRACT = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    private static Map<String, String> valid() {
        Map<String, String> values = new HashMap<>();
        values.put("blog.ethereum.chain-id", "31337");
        values.put("blog.ethereum.contract", CONTRACT);
        values.put("blog.ethereum.key", KEY);
        return values;
    }

    private static EthereumSettings read(Map<String, String> values) {
        return EthereumSettings.of(Config.of(values));
    }

    @Test
    @DisplayName("defaults to contract mode on a local node with fee caps, three confirmations and a journal in the data dir")
    void defaults() {
        EthereumSettings settings = read(valid());

        assertThat(settings.url()).hasToString("http://127.0.0.1:8545");
        assertThat(settings.mode()).isEqualTo(AnchorMode.CONTRACT);
        assertThat(settings.contract()).contains(CONTRACT.toLowerCase());
        assertThat(settings.maxFeePerGas()).isEqualTo(new BigInteger("100000000000"));
        assertThat(settings.maxPriorityFeePerGas()).isEqualTo(new BigInteger("2000000000"));
        assertThat(settings.confirmations()).isEqualTo(3);
        assertThat(settings.journal()).isEqualTo(Path.of("data", "ethereum"));
        assertThat(settings.account()).isEqualTo("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    }

    @Test
    @DisplayName("reads amounts of wei with or without a unit, and refuses fractions of a wei")
    void readsAmounts() {
        Map<String, String> values = valid();
        values.put("blog.ethereum.max-fee-per-gas", "1.5gwei");
        values.put("blog.ethereum.max-priority-fee-per-gas", "1000");
        EthereumSettings settings = read(values);
        assertThat(settings.maxFeePerGas()).isEqualTo(BigInteger.valueOf(1_500_000_000L));
        assertThat(settings.maxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(1000));

        values.put("blog.ethereum.max-fee-per-gas", "0.5wei");
        assertThatThrownBy(() -> read(values)).isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("blog.ethereum.max-fee-per-gas");
        values.put("blog.ethereum.max-fee-per-gas", "1gwei");
        values.put("blog.ethereum.max-priority-fee-per-gas", "2gwei");
        assertThatThrownBy(() -> read(values)).isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("cannot exceed");
    }

    @Test
    @DisplayName("requires a chain id, and a contract in contract mode but not in calldata mode")
    void requiresChainAndContract() {
        Map<String, String> values = valid();
        values.remove("blog.ethereum.chain-id");
        assertThatThrownBy(() -> read(values)).isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("blog.ethereum.chain-id is required");

        Map<String, String> noContract = valid();
        noContract.remove("blog.ethereum.contract");
        assertThatThrownBy(() -> read(noContract)).isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("blog.ethereum.contract is required").hasMessageContaining("calldata");
        noContract.put("blog.ethereum.mode", "calldata");
        assertThat(read(noContract).contract()).isEmpty();

        Map<String, String> badContract = valid();
        badContract.put("blog.ethereum.contract", "0x1234");
        assertThatThrownBy(() -> read(badContract)).hasMessageContaining("40 hex digits");
    }

    @Test
    @DisplayName("takes the key from a file or a variable, exactly one, and never shows it")
    void keepsTheKeySecret(@TempDir Path directory) throws Exception {
        Path keyFile = directory.resolve("key");
        Files.writeString(keyFile, KEY.substring(2) + "\n");
        Map<String, String> fromFile = valid();
        fromFile.remove("blog.ethereum.key");
        fromFile.put("blog.ethereum.key-file", keyFile.toString());
        EthereumSettings settings = read(fromFile);
        assertThat(settings.account()).isEqualTo(read(valid()).account());
        assertThat(settings.toString()).doesNotContain(KEY.substring(2)).contains(settings.account());

        Map<String, String> both = valid();
        both.put("blog.ethereum.key-file", keyFile.toString());
        assertThatThrownBy(() -> read(both)).hasMessageContaining("exactly one");
        Map<String, String> neither = valid();
        neither.remove("blog.ethereum.key");
        assertThatThrownBy(() -> read(neither)).hasMessageContaining("exactly one");

        String almostAKey = KEY.substring(0, KEY.length() - 1) + "z";
        Map<String, String> malformed = valid();
        malformed.put("blog.ethereum.key", almostAKey);
        assertThatThrownBy(() -> read(malformed)).isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("does not hold a private key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(almostAKey.substring(2, 20)));
        Files.writeString(keyFile, almostAKey);
        fromFile.put("blog.ethereum.key-file", keyFile.toString());
        assertThatThrownBy(() -> read(fromFile)).hasMessageContaining(keyFile.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(almostAKey.substring(2, 20)));
    }

    @Test
    @DisplayName("refuses a node address that is not http or https")
    void refusesOtherUrls() {
        Map<String, String> values = valid();
        values.put("blog.ethereum.url", "ws://127.0.0.1:8546");
        assertThatThrownBy(() -> read(values)).isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("blog.ethereum.url");
    }
}
