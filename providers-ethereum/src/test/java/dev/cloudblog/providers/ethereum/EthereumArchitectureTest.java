package dev.cloudblog.providers.ethereum;

import dev.cloudblog.tck.ProviderArchitectureKit;

/** The provider's main code depends on the SPI and the API, never on the engine. */
class EthereumArchitectureTest extends ProviderArchitectureKit {

    @Override
    protected String providerPackage() {
        return "dev.cloudblog.providers.ethereum";
    }
}
