package dev.cloudblog.providers.ml;

import dev.cloudblog.tck.ProviderArchitectureKit;

/** The provider's main code depends on the SPI and the API, never on the engine. */
class MlArchitectureTest extends ProviderArchitectureKit {

    @Override
    protected String providerPackage() {
        return "dev.cloudblog.providers.ml";
    }
}
