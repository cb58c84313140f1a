package dev.cloudblog.core;

import dev.cloudblog.tck.ProviderArchitectureKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The SPI, held to the rule every provider follows")
class SpiArchitectureKitTest extends ProviderArchitectureKit {

    @Override
    protected String providerPackage() {
        return "dev.cloudblog.spi";
    }
}
