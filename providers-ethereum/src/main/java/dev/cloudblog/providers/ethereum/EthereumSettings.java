package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.web3j.crypto.Credentials;

/**
 * The settings of the {@code ethereum} anchor, read and checked at start.
 *
 * <ul>
 *   <li>{@code blog.ethereum.url}: the node's JSON-RPC address; default {@code http://127.0.0.1:8545};</li>
 *   <li>{@code blog.ethereum.chain-id}: the chain the receipts are for, checked against the node's
 *       {@code eth_chainId}; required;</li>
 *   <li>{@code blog.ethereum.mode}: {@code contract} (default) or {@code calldata}, see {@link AnchorMode};</li>
 *   <li>{@code blog.ethereum.contract}: the AnchorRegistry's address; required in contract mode;</li>
 *   <li>{@code blog.ethereum.key-file}: a file holding the signing account's private key as hex,
 *       or {@code blog.ethereum.key} (meant for the environment variable {@code BLOG_ETHEREUM_KEY});
 *       exactly one of the two. The key never appears in logs, messages or {@link #toString()};</li>
 *   <li>{@code blog.ethereum.max-fee-per-gas}: the most a transaction may pay per gas, base fee
 *       and tip together; default {@code 100gwei};</li>
 *   <li>{@code blog.ethereum.max-priority-fee-per-gas}: the most it tips per gas; default {@code 2gwei};</li>
 *   <li>{@code blog.ethereum.max-gas}: the most gas one anchoring may use; default {@code 200000};</li>
 *   <li>{@code blog.ethereum.confirmations}: blocks that must hold or follow the transaction's
 *       block (itself counted) before a checkpoint counts as anchored, and before a check passes;
 *       default {@code 3};</li>
 *   <li>{@code blog.ethereum.poll-interval}: how often to ask for a receipt or a new block; default {@code 2s};</li>
 *   <li>{@code blog.ethereum.receipt-timeout}: how long one attempt waits for its transaction to
 *       be mined and confirmed before giving up until the next retry; default {@code 5m};</li>
 *   <li>{@code blog.ethereum.timeout}: connect and read timeout of one RPC call; default {@code 10s};</li>
 *   <li>{@code blog.ethereum.journal}: the directory where transactions sent but not yet confirmed
 *       are kept across restarts; default {@code <blog.data.dir>/ethereum}.</li>
 * </ul>
 *
 * Amounts of wei are whole numbers, optionally with a unit: {@code 30000000000}, {@code 30gwei},
 * {@code 1.5gwei}, {@code 0.01ether}.
 */
public record EthereumSettings(URI url, long chainId, AnchorMode mode, Optional<String> contract,
                               BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas, BigInteger maxGas,
                               int confirmations, Duration pollInterval, Duration receiptTimeout, Duration timeout,
                               Path journal, Credentials credentials) {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(wei|gwei|ether)?");
    private static final Pattern PRIVATE_KEY = Pattern.compile("(0x)?[0-9a-fA-F]{64}");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    public EthereumSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * Reads the settings.
     *
     * @throws BlogConfigurationException naming the key that is missing or invalid; a key's value
     *         is never part of the message
     */
    public static EthereumSettings of(Config config) {
        String urlText = config.string("blog.ethereum.url", "http://127.0.0.1:8545");
        URI url;
        try {
            url = URI.create(urlText);
        } catch (IllegalArgumentException e) {
            throw new BlogConfigurationException("blog.ethereum.url = '" + urlText + "': " + e.getMessage());
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new BlogConfigurationException("blog.ethereum.url = '" + urlText
                    + "': expected the node's JSON-RPC address, http://host:port or https://host/path");
        }
        long chainId = config.get("blog.ethereum.chain-id").map(text -> config.longValue("blog.ethereum.chain-id",
                0, 1, Long.MAX_VALUE)).orElseThrow(() -> new BlogConfigurationException(
                "blog.ethereum.chain-id is required: the id of the chain to anchor on (1 for Ethereum's main chain, "
                        + "11155111 for Sepolia, 31337 for a local anvil), checked against the node at start"));
        AnchorMode mode = config.enumValue("blog.ethereum.mode", AnchorMode.class, AnchorMode.CONTRACT);
        Optional<String> contract = config.get("blog.ethereum.contract");
        if (contract.isPresent() && !ADDRESS.matcher(contract.get()).matches()) {
            throw new BlogConfigurationException("blog.ethereum.contract = '" + contract.get()
                    + "': expected an address, 0x and 40 hex digits");
        }
        if (mode == AnchorMode.CONTRACT && contract.isEmpty()) {
            throw new BlogConfigurationException("blog.ethereum.contract is required in contract mode: deploy the "
                    + "AnchorRegistry (java -cp <providers-ethereum and its dependencies> "
                    + AnchorRegistryDeployer.class.getName() + ") and set its address, or set "
                    + "blog.ethereum.mode = calldata");
        }
        BigInteger maxFee = wei(config, "blog.ethereum.max-fee-per-gas", "100gwei");
        BigInteger maxTip = wei(config, "blog.ethereum.max-priority-fee-per-gas", "2gwei");
        if (maxTip.compareTo(maxFee) > 0) {
            throw new BlogConfigurationException("blog.ethereum.max-priority-fee-per-gas (" + maxTip
                    + " wei) cannot exceed blog.ethereum.max-fee-per-gas (" + maxFee + " wei)");
        }
        Path dataDir = config.path("blog.data.dir", Path.of("data"));
        return new EthereumSettings(url, chainId, mode, contract.map(address -> address.toLowerCase(Locale.ROOT)),
                maxFee, maxTip, BigInteger.valueOf(config.longValue("blog.ethereum.max-gas", 200_000, 21_000, 30_000_000)),
                config.intValue("blog.ethereum.confirmations", 3, 1, 1_000),
                config.duration("blog.ethereum.poll-interval", Duration.ofSeconds(2)),
                config.duration("blog.ethereum.receipt-timeout", Duration.ofMinutes(5)),
                config.duration("blog.ethereum.timeout", Duration.ofSeconds(10)),
                config.path("blog.ethereum.journal", dataDir.resolve("ethereum")), credentials(config));
    }

    private static Credentials credentials(Config config) {
        Optional<Path> file = config.get("blog.ethereum.key-file").map(Path::of);
        Optional<String> inline = config.get("blog.ethereum.key");
        if (file.isPresent() == inline.isPresent()) {
            throw new BlogConfigurationException("set exactly one of blog.ethereum.key-file (a file holding the "
                    + "signing account's private key as hex) and blog.ethereum.key (such as the environment "
                    + "variable BLOG_ETHEREUM_KEY)");
        }
        String source = file.map(path -> "the file " + path + " named by blog.ethereum.key-file")
                .orElse("blog.ethereum.key");
        String hex;
        if (file.isPresent()) {
            try {
                hex = Files.readString(file.get(), StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                throw new BlogConfigurationException("cannot read " + source + ": " + e.getClass().getSimpleName());
            }
        } else {
            hex = inline.get();
        }
        if (!PRIVATE_KEY.matcher(hex).matches()) {
            throw new BlogConfigurationException(source + " does not hold a private key: expected 64 hex digits, "
                    + "with or without 0x");
        }
        return Credentials.create(hex);
    }

    /** An amount of wei from a setting such as {@code 30gwei}. */
    static BigInteger wei(Config config, String key, String defaultValue) {
        String text = config.string(key, defaultValue).toLowerCase(Locale.ROOT);
        Matcher matcher = AMOUNT.matcher(text);
        if (matcher.matches()) {
            int scale = switch (matcher.group(2) == null ? "wei" : matcher.group(2)) {
                case "gwei" -> 9;
                case "ether" -> 18;
                default -> 0;
            };
            BigDecimal amount = new BigDecimal(matcher.group(1)).movePointRight(scale);
            if (amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 0) {
                return amount.toBigIntegerExact();
            }
        }
        throw new BlogConfigurationException(key + " = '" + text + "': expected a positive whole number of wei, "
                + "optionally with a unit, such as 30000000000, 30gwei or 0.01ether");
    }

    /** The signing account's address, 0x and 40 lower-case hex digits. */
    public String account() {
        return credentials.getAddress();
    }

    /** The settings without the key. */
    @Override
    public String toString() {
        return "EthereumSettings[url=" + url + ", chainId=" + chainId + ", mode=" + mode + ", contract="
                + contract.orElse("none") + ", account=" + account() + ", maxFeePerGas=" + maxFeePerGas
                + ", maxPriorityFeePerGas=" + maxPriorityFeePerGas + ", maxGas=" + maxGas + ", confirmations="
                + confirmations + ", pollInterval=" + pollInterval + ", receiptTimeout=" + receiptTimeout
                + ", timeout=" + timeout + ", journal=" + journal + "]";
    }
}
