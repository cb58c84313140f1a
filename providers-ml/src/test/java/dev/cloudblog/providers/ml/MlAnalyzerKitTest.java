package dev.cloudblog.providers.ml;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import dev.cloudblog.tck.AnalyzerKit;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/** The kit, with one registry for all its tests: the first analyzer trains the sentiment model, the rest load it. */
@DisplayName("The ml analyzer")
class MlAnalyzerKitTest extends AnalyzerKit {

    @TempDir
    static Path registry;

    @Override
    protected Map<String, String> settings() {
        return Map.of("blog.ml.path", registry.toString(), "blog.ml.sentiment.folds", "0");
    }

    @Override
    protected ContentAnalyzer createAnalyzer(ProviderContext context) {
        return new MlAnalyzerProvider().create(context);
    }

    @Override
    protected String providerName() {
        return MlAnalyzerProvider.NAME;
    }

    @Override
    protected Map<String, double[]> scoreRanges() {
        return Map.of("sentiment", new double[] {-1, 1}, "tags", new double[] {0, 1},
                "related", new double[] {-1, 1});
    }
}
