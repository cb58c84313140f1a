package dev.cloudblog.core.analysis;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.tck.AnalyzerKit;
import java.util.Map;
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

    @Override
    protected Map<String, double[]> scoreRanges() {
        return Map.of("readability", new double[] {0, 100}, "seo", new double[] {0, 100},
                "sentiment", new double[] {-1, 1}, "text", new double[] {0, Double.MAX_VALUE});
    }
}
