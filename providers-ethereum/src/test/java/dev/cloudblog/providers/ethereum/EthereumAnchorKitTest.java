package dev.cloudblog.providers.ethereum;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.tck.AnchorKit;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ethereum anchor on a local node")
class EthereumAnchorKitTest {

    private static LocalChain chain;

    @TempDir
    static Path journal;

    @BeforeAll
    static void startChain() {
        chain = LocalChain.start();
    }

    @AfterAll
    static void stopChain() {
        chain.close();
    }

    /** The kit, with the anchor in one mode. */
    abstract class ModeKit extends AnchorKit {

        abstract AnchorMode mode();

        @Override
        protected Map<String, String> settings() {
            return chain.settings(mode(), journal.resolve(mode().name()));
        }

        @Override
        protected Anchorer createAnchorer(ProviderContext context) {
            return new EthereumAnchorProvider().create(context);
        }

        @Override
        protected String providerName() {
            return EthereumAnchorProvider.NAME;
        }
    }

    @Nested
    @DisplayName("in contract mode")
    class ContractMode extends ModeKit {

        @Override
        AnchorMode mode() {
            return AnchorMode.CONTRACT;
        }
    }

    @Nested
    @DisplayName("in calldata mode")
    class CalldataMode extends ModeKit {

        @Override
        AnchorMode mode() {
            return AnchorMode.CALLDATA;
        }
    }
}
