package dev.cloudblog.spi.anchor;

import dev.cloudblog.spi.Provider;

/** Entry point of a checkpoint anchor. Every anchor found is active. */
public interface AnchorProvider extends Provider<Anchorer> {
}
