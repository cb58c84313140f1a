package dev.cloudblog.providers.jpa;

import dev.cloudblog.tck.ProviderArchitectureKit;

/** The provider's main code depends on the SPI and the API, never on the engine. */
class JpaArchitectureTest extends ProviderArchitectureKit {

    @Override
    protected String providerPackage() {
        return "dev.cloudblog.providers.jpa";
    }
}
