package dev.cloudblog.core.provider;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the providers of a capability with {@link ServiceLoader} and picks the ones to use:
 * <ol>
 *   <li>a name in {@code blog.<capability>.provider} wins; a name that no provider has fails;</li>
 *   <li>unset, the single provider other than the default is taken;</li>
 *   <li>unset with none other, the default; with several others, start fails naming them.</li>
 * </ol>
 * A provider that cannot be loaded fails start with its class named; nothing is picked silently.
 */
public final class ProviderSelector {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private final Config config;
    private final ClassLoader classLoader;

    public ProviderSelector(Config config, ClassLoader classLoader) {
        this.config = config;
        this.classLoader = classLoader;
    }

    /**
     * The one provider of a capability, or empty when it has no default and none is present.
     *
     * @throws BlogConfigurationException if the configured one is missing, several compete, or one is broken
     */
    public <P extends Provider<?>> Optional<P> selectOne(Capability<P> capability) {
        Map<String, P> found = load(capability);
        Optional<String> configured = config.get(capability.providerKey());
        if (configured.isPresent()) {
            return Optional.of(named(capability, found, configured.get(), capability.providerKey()));
        }
        List<P> others = found.values().stream()
                .filter(provider -> !provider.name().equals(capability.defaultName()))
                .toList();
        if (others.size() > 1) {
            throw new BlogConfigurationException("several " + capability.description() + " providers are on the "
                    + "classpath: " + names(others) + "; choose one with " + capability.providerKey() + "="
                    + others.get(0).name());
        }
        if (others.size() == 1) {
            return Optional.of(others.get(0));
        }
        return Optional.ofNullable(found.get(capability.defaultName()));
    }

    /**
     * Every provider of a capability that takes several: those listed in
     * {@code blog.<capability>.providers} (comma-separated) or, unset, all found.
     *
     * @throws BlogConfigurationException if a listed one is missing or one is broken
     */
    public <P extends Provider<?>> List<P> selectAll(Capability<P> capability) {
        Map<String, P> found = load(capability);
        Optional<String> configured = config.get(capability.providersKey());
        if (configured.isEmpty()) {
            return List.copyOf(found.values());
        }
        List<P> selected = new ArrayList<>();
        for (String name : Arrays.stream(configured.get().split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).distinct().toList()) {
            selected.add(named(capability, found, name, capability.providersKey()));
        }
        return List.copyOf(selected);
    }

    private <P extends Provider<?>> P named(Capability<P> capability, Map<String, P> found, String name, String key) {
        P provider = found.get(name);
        if (provider == null) {
            throw new BlogConfigurationException(key + " = '" + name + "' but no " + capability.description()
                    + " provider of that name is on the classpath; available: " + found.keySet()
                    + "; add the artifact that provides it, such as " + capability.artifact());
        }
        return provider;
    }

    private <P extends Provider<?>> Map<String, P> load(Capability<P> capability) {
        Map<String, P> byName = new LinkedHashMap<>();
        for (ServiceLoader.Provider<P> candidate : providers(capability)) {
            P provider;
            String name;
            try {
                provider = candidate.get();
                name = provider.name();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                throw broken(capability, candidate.type().getName(), e);
            }
            if (name == null || !NAME.matcher(name).matches()) {
                throw new BlogConfigurationException("the " + capability.description() + " provider "
                        + provider.getClass().getName() + " is named '" + name + "'; a provider's name is short "
                        + "lower-case ASCII such as 'lucene'");
            }
            P previous = byName.putIfAbsent(name, provider);
            if (previous != null && previous.getClass() != provider.getClass()) {
                throw new BlogConfigurationException("two " + capability.description() + " providers are named '"
                        + name + "': " + previous.getClass().getName() + " and " + provider.getClass().getName()
                        + "; remove one of them from the classpath");
            }
        }
        return byName;
    }

    private <P extends Provider<?>> List<ServiceLoader.Provider<P>> providers(Capability<P> capability) {
        try {
            return ServiceLoader.load(capability.entryPoint(), classLoader).stream().toList();
        } catch (ServiceConfigurationError e) {
            throw broken(capability, "listed in META-INF/services/" + capability.entryPoint().getName(), e);
        }
    }

    private static BlogConfigurationException broken(Capability<?> capability, String what, Throwable cause) {
        return new BlogConfigurationException("the " + capability.description() + " provider " + what
                + " could not be loaded: " + cause.getMessage(), cause);
    }

    private static String names(List<? extends Provider<?>> providers) {
        return providers.stream().map(Provider::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
