package dev.cloudblog.providers.ethereum;

import dev.cloudblog.spi.Config;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A local anvil node with an AnchorRegistry deployed on it, for the tests of one class, and for
 * the other modules' tests and benchmarks that anchor on a local chain.
 */
public final class LocalChain implements AutoCloseable {

    private final AnvilNode node;
    private final String contract;

    private LocalChain(AnvilNode node, String contract) {
        this.node = node;
        this.contract = contract;
    }

    /** Starts a node and deploys the registry from dev account 0. */
    public static LocalChain start() {
        AnvilNode node = new AnvilNode().start();
        try {
            Map<String, String> deployer = new HashMap<>(settings(node, AnchorMode.CALLDATA, null, Path.of("unused")));
            return new LocalChain(node, AnchorRegistryDeployer.deploy(EthereumSettings.of(Config.of(deployer))));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /**
     * Settings of an anchor on this chain, signing with dev account 0, waiting for one
     * confirmation and polling every 20 ms.
     */
    public Map<String, String> settings(AnchorMode mode, Path journal) {
        return settings(node, mode, contract, journal);
    }

    /** The node. */
    public AnvilNode node() {
        return node;
    }

    /** The registry's address. */
    public String contract() {
        return contract;
    }

    private static Map<String, String> settings(AnvilNode node, AnchorMode mode, String contract, Path journal) {
        Map<String, String> settings = new HashMap<>();
        settings.put("blog.ethereum.url", node.url());
        settings.put("blog.ethereum.chain-id", Long.toString(node.chainId()));
        settings.put("blog.ethereum.mode", mode.name().toLowerCase());
        if (contract != null) {
            settings.put("blog.ethereum.contract", contract);
        }
        settings.put("blog.ethereum.key", AnvilNode.devKey(0));
        settings.put("blog.ethereum.confirmations", "1");
        settings.put("blog.ethereum.poll-interval", "20ms");
        settings.put("blog.ethereum.receipt-timeout", "20s");
        settings.put("blog.ethereum.timeout", "2s");
        settings.put("blog.ethereum.journal", journal.toString());
        return settings;
    }

    @Override
    public void close() {
        node.close();
    }
}
