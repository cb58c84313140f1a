package dev.cloudblog.providers.ml;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.AnalyzerProvider;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The analyzer {@code ml}: learned sentiment, suggested tags and related posts on DeepLearning4J,
 * with every model versioned in a registry under {@code blog.ml.path} and the sentiment model
 * watched for drift. Configured by {@link MlSettings}.
 */
public final class MlAnalyzerProvider implements AnalyzerProvider {

    /** The name that selects this analyzer and that its facets carry. */
    public static final String NAME = "ml";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ContentAnalyzer create(ProviderContext context) {
        MlSettings settings = MlSettings.of(context.config());
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(settings.nativeThreads());
        return new MlAnalyzer(settings, new ModelRegistry(settings.directory(), context.clock()),
                context.meterRegistry());
    }
}
