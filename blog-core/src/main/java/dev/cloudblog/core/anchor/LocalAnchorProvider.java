package dev.cloudblog.core.anchor;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.AnchorProvider;
import dev.cloudblog.spi.anchor.Anchorer;
import java.nio.file.Path;

/**
 * The default anchor, {@code local}: keeps each signed checkpoint as a file in
 * {@code blog.anchor.local.path} (default {@code <blog.data.dir>/checkpoints}).
 */
public final class LocalAnchorProvider implements AnchorProvider {

    /** The name that selects this anchor. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Anchorer create(ProviderContext context) {
        Path dataDir = context.config().path("blog.data.dir", Path.of("data"));
        return new LocalAnchorer(context.config().path("blog.anchor.local.path", dataDir.resolve("checkpoints")),
                context.clock());
    }
}
