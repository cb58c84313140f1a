package dev.cloudblog.core.anchor;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.tck.AnchorKit;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The local anchor")
class LocalAnchorKitTest extends AnchorKit {

    @TempDir
    Path directory;

    @Override
    protected Map<String, String> settings() {
        return Map.of("blog.anchor.local.path", directory.toString());
    }

    @Override
    protected Anchorer createAnchorer(ProviderContext context) {
        return new LocalAnchorProvider().create(context);
    }

    @Override
    protected String providerName() {
        return LocalAnchorProvider.NAME;
    }
}
