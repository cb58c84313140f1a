package dev.cloudblog.benchmarks;

import dev.cloudblog.providers.ethereum.AnchorRegistryDeployer;
import dev.cloudblog.providers.ethereum.AnvilNode;
import dev.cloudblog.providers.ethereum.EthereumSettings;
import dev.cloudblog.spi.Config;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A local anvil node with an AnchorRegistry deployed, for the ethereum benchmarks. The node's
 * binary comes from {@code -Dblog.test.anvil}, as installed by the providers-ethereum tests
 * ({@code providers-ethereum/tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil}).
 */
final class LocalEthereum implements AutoCloseable {

    private final AnvilNode node;
    private final String contract;

    private LocalEthereum(AnvilNode node, String contract) {
        this.node = node;
        this.contract = contract;
    }

    static LocalEthereum start() {
        AnvilNode node = new AnvilNode().start();
        try {
            Map<String, String> deployer = new HashMap<>(settings(node, "calldata", Path.of("unused")));
            return new LocalEthereum(node, AnchorRegistryDeployer.deploy(EthereumSettings.of(Config.of(deployer))));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** Anchor settings on this node: dev account 0, one confirmation, 1 ms polls, the given mode. */
    Map<String, String> settings(String mode, Path journal) {
        Map<String, String> settings = settings(node, mode, journal);
        settings.put("blog.ethereum.contract", contract);
        return settings;
    }

    private static Map<String, String> settings(AnvilNode node, String mode, Path journal) {
        Map<String, String> settings = new HashMap<>();
        settings.put("blog.ethereum.url", node.url());
        settings.put("blog.ethereum.chain-id", Long.toString(node.chainId()));
        settings.put("blog.ethereum.mode", mode);
        settings.put("blog.ethereum.key", AnvilNode.devKey(0));
        settings.put("blog.ethereum.confirmations", "1");
        settings.put("blog.ethereum.poll-interval", "1ms");
        settings.put("blog.ethereum.journal", journal.toString());
        return settings;
    }

    @Override
    public void close() {
        node.close();
    }
}
