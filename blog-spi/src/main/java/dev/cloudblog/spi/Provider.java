package dev.cloudblog.spi;

/**
 * A provider of one capability: a cheap factory, found with {@link java.util.ServiceLoader} through
 * its capability's entry point ({@code PostStoreProvider}, {@code CacheProvider}...) and registered
 * in {@code META-INF/services/<entry point>}. Implementations have a public no-arg constructor and
 * do no work until {@link #create(ProviderContext)}.
 *
 * @param <S> the service it creates
 */
public interface Provider<S> {

    /**
     * The short ASCII name that selects this provider in config, such as {@code lucene} for
     * {@code blog.search.provider=lucene}.
     */
    String name();

    /**
     * Creates the service, reading its settings from {@link ProviderContext#config()}.
     *
     * @throws dev.cloudblog.api.BlogConfigurationException if a setting is invalid
     */
    S create(ProviderContext context);
}
