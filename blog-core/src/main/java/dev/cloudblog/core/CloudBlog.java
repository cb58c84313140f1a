package dev.cloudblog.core;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.event.BlogEventListener;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ConfigSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Opens a {@link Blog} with the providers found on the classpath.
 *
 * <pre>{@code
 * try (Blog blog = CloudBlog.builder()
 *         .property("blog.cache.maximum-size", "50000")
 *         .meterRegistry(prometheusRegistry)
 *         .build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Settings are flat keys, looked up in this order, the first found winning: the builder's
 * {@link Builder#property properties}, JVM system properties, environment variables (the key upper
 * case with dots and dashes as underscores: {@code BLOG_CACHE_MAXIMUM_SIZE}), and the properties
 * file named by {@code blog.config.file} in any of those. The README lists every key.
 */
public final class CloudBlog {

    private CloudBlog() {
    }

    /** Opens a blog on defaults and whatever the environment configures. */
    public static Blog open() {
        return builder().build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Blog}; not thread-safe. */
    public static final class Builder {
        private final Map<String, String> properties = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meterRegistry;
        private ScheduledExecutorService executor;
        private ClassLoader classLoader;
        private Map<String, String> environment = System.getenv();
        private Properties systemProperties = System.getProperties();
        private final Map<String, BlogEventListener> listeners = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets one setting; it wins over every other source. */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Sets several settings. */
        public Builder properties(Map<String, String> values) {
            values.forEach(this::property);
            return this;
        }

        /** The clock of the blog; scheduling and timestamps follow it. Default: UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where meters go. Default: a private {@link SimpleMeterRegistry}. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Threads for background work, owned by the caller (the blog does not shut it down).
         * Default: a pool of {@code blog.threads} daemon threads owned by the blog.
         */
        public Builder executor(ScheduledExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Where providers are looked up. Default: the thread's context class loader. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** The environment variables to read settings from. Default: the process environment. */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** The system properties to read settings from. Default: the JVM's. */
        public Builder systemProperties(Properties properties) {
            this.systemProperties = Objects.requireNonNull(properties, "properties");
            return this;
        }

        /**
         * Subscribes a listener from the start, before the outbox is replayed: unlike a later
         * {@code events().subscribe}, it also gets the events a crash left undelivered.
         *
         * @throws IllegalArgumentException if the name is blank or already used
         */
        public Builder listener(String name, BlogEventListener listener) {
            if (name == null || name.isBlank() || listeners.containsKey(name)) {
                throw new IllegalArgumentException("a listener needs a unique, non-blank name, not '" + name + "'");
            }
            listeners.put(name, Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Opens the blog: reads settings, selects and starts providers, replays the outbox and
         * starts scheduled publishing.
         *
         * @throws BlogConfigurationException if a setting is invalid or providers cannot be selected or started
         */
        public Blog build() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                            .orElse(CloudBlog.class.getClassLoader());
            return new CoreBlog(config(), clock, meterRegistry != null ? meterRegistry : new SimpleMeterRegistry(),
                    executor, loader, listeners);
        }

        private Config config() {
            return Config.withSettingsFile(List.of(
                    ConfigSource.of("builder", properties),
                    ConfigSource.of("system properties", systemProperties),
                    ConfigSource.environment(environment)));
        }
    }
}
