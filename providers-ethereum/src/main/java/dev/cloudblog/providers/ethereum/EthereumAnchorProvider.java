package dev.cloudblog.providers.ethereum;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.AnchorProvider;
import dev.cloudblog.spi.anchor.Anchorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anchor {@code ethereum}: writes each signed checkpoint's root to an Ethereum chain, one
 * transaction per checkpoint, and checks such anchors on chain. Configured by
 * {@link EthereumSettings}. At start it checks that the node serves {@code blog.ethereum.chain-id}
 * and, in contract mode, holds the registry; a node that cannot be reached then is checked before
 * the first anchoring instead, so a blog starts while its chain is down.
 */
public final class EthereumAnchorProvider implements AnchorProvider {

    /** The name that selects this anchor and that its receipts carry. */
    public static final String NAME = "ethereum";

    private static final Logger LOG = LoggerFactory.getLogger(EthereumAnchorProvider.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Anchorer create(ProviderContext context) {
        EthereumSettings settings = EthereumSettings.of(context.config());
        ChainClient chain = new ChainClient(settings.url().toString(), settings.timeout());
        EthereumAnchorer anchorer = new EthereumAnchorer(settings, chain, context.clock(), context.meterRegistry());
        try {
            anchorer.checkChain();
        } catch (EthereumUnavailableException e) {
            LOG.warn("The Ethereum node at {} cannot be reached ({}); its chain id is checked before the first "
                    + "anchoring", settings.url(), e.getMessage());
        } catch (RuntimeException e) {
            anchorer.close();
            throw e;
        }
        LOG.info("Anchoring checkpoints on chain {} via {} in {} mode from account {}", settings.chainId(),
                settings.url(), settings.mode().name().toLowerCase(java.util.Locale.ROOT), settings.account());
        return anchorer;
    }
}
