package dev.cloudblog.core.analysis;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.tck.AnalyzerKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The rules analyzer")
class RulesAnalyzerKitTest extends AnalyzerKit {

    @Override
    protected ContentAnalyzer createAnalyzer(ProviderContext context) {
        return new RulesAnalyzerProvider().create(context);
    }

    @Override
    protected String providerName() {
        return RulesAnalyzerProvider.NAME;
    }
}
