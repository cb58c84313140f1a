package dev.cloudblog.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * One place settings come from. Keys are flat and dotted ({@code blog.lucene.path}); a source
 * answers for a key or says nothing.
 *
 * @param description how the source is named in error messages, such as {@code system properties}
 * @param lookup      the value for a key, or {@code null}
 */
public record ConfigSource(String description, Function<String, String> lookup) {

    public ConfigSource {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lookup, "lookup");
    }

    /** The value this source holds for {@code key}. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(lookup.apply(key));
    }

    /** A source backed by a map, copied now. */
    public static ConfigSource of(String description, Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return new ConfigSource(description, copy::get);
    }

    /** A source backed by properties, copied now. */
    public static ConfigSource of(String description, Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return new ConfigSource(description, copy::getProperty);
    }

    /**
     * A source backed by environment variables, where {@code blog.lucene.path} is read from
     * {@code BLOG_LUCENE_PATH}: upper case, with dots and dashes turned into underscores.
     */
    public static ConfigSource environment(Map<String, String> environment) {
        Map<String, String> copy = Map.copyOf(environment);
        return new ConfigSource("environment", key -> copy.get(environmentName(key)));
    }

    /** The environment variable that holds {@code key}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
