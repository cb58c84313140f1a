package dev.cloudblog.providers.redis;

import dev.cloudblog.tck.ProviderArchitectureKit;

/** The provider's main code depends on the SPI and the API, never on the engine. */
class RedisArchitectureTest extends ProviderArchitectureKit {

    @Override
    protected String providerPackage() {
        return "dev.cloudblog.providers.redis";
    }
}
