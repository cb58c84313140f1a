package dev.cloudblog.core.provider;

import dev.cloudblog.spi.Provider;
import dev.cloudblog.spi.analysis.AnalyzerProvider;
import dev.cloudblog.spi.anchor.AnchorProvider;
import dev.cloudblog.spi.cache.CacheProvider;
import dev.cloudblog.spi.event.EventBusProvider;
import dev.cloudblog.spi.lock.LockProvider;
import dev.cloudblog.spi.search.SearchProvider;
import dev.cloudblog.spi.store.PostStoreProvider;
import java.util.Objects;

/**
 * A capability as the engine selects it: its config name, its entry point, its default provider
 * and the artifact that brings a provider of it.
 *
 * @param key         the name in config keys: {@code blog.<key>.provider}
 * @param description what it is, for messages
 * @param entryPoint  the {@link java.util.ServiceLoader} entry point
 * @param defaultName the provider used when no other is present, or {@code null} if none
 * @param artifact    the artifact that adds a (further) provider, for messages
 * @param <P>         the entry point type
 */
public record Capability<P extends Provider<?>>(
        String key, String description, Class<P> entryPoint, String defaultName, String artifact) {

    public static final Capability<PostStoreProvider> STORE = new Capability<>(
            "store", "post store", PostStoreProvider.class, "memory", "dev.cloudblog:providers-jpa");
    public static final Capability<CacheProvider> CACHE = new Capability<>(
            "cache", "cache", CacheProvider.class, "caffeine", "dev.cloudblog:providers-redis");
    public static final Capability<SearchProvider> SEARCH = new Capability<>(
            "search", "search", SearchProvider.class, null, "dev.cloudblog:providers-lucene");
    public static final Capability<AnalyzerProvider> ANALYSIS = new Capability<>(
            "analysis", "analyzer", AnalyzerProvider.class, "rules", "dev.cloudblog:providers-ml");
    public static final Capability<AnchorProvider> ANCHOR = new Capability<>(
            "anchor", "anchor", AnchorProvider.class, "local", "dev.cloudblog:providers-ethereum");
    public static final Capability<EventBusProvider> EVENTS = new Capability<>(
            "events", "event bus", EventBusProvider.class, "local", "dev.cloudblog:providers-redis");
    public static final Capability<LockProvider> LOCK = new Capability<>(
            "lock", "lock service", LockProvider.class, "local", "dev.cloudblog:providers-redis");

    public Capability {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(artifact, "artifact");
    }

    /** The key naming the one provider to use: {@code blog.<key>.provider}. */
    public String providerKey() {
        return "blog." + key + ".provider";
    }

    /** The key listing the providers to use, for capabilities that take several: {@code blog.<key>.providers}. */
    public String providersKey() {
        return "blog." + key + ".providers";
    }
}
