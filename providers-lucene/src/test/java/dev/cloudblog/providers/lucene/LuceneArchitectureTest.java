package dev.cloudblog.providers.lucene;

import dev.cloudblog.tck.ProviderArchitectureKit;

/** The provider's main code depends on the SPI and the API, never on the engine. */
class LuceneArchitectureTest extends ProviderArchitectureKit {

    @Override
    protected String providerPackage() {
        return "dev.cloudblog.providers.lucene";
    }
}
