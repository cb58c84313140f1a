package dev.cloudblog.spi.lock;

import dev.cloudblog.spi.Provider;

/**
 * Entry point of a lock service. One serves a blog; {@code local} (in process: every node on its
 * own) is the default, {@code redis} shares locks between the nodes of a blog.
 */
public interface LockProvider extends Provider<LockService> {
}
