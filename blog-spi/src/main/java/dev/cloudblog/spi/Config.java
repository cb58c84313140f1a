package dev.cloudblog.spi;

import dev.cloudblog.api.BlogConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blog's settings: flat keys read from layered {@link ConfigSource sources}, the first that
 * holds a key wins. The engine layers them as builder, system properties, environment, properties
 * file. Typed getters validate and fail with a {@link BlogConfigurationException} naming the key,
 * the value, where it came from and what was expected:
 *
 * <pre>{@code
 * int size = config.intValue("blog.cache.maximum-size", 10_000, 0, Integer.MAX_VALUE);
 * Duration ttl = config.duration("blog.cache.expire-after-write", Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Durations are ISO-8601 ({@code PT10S}) or a number with a unit: {@code 250ms}, {@code 10s},
 * {@code 5m}, {@code 2h}, {@code 1d}. Immutable and thread-safe.
 */
public final class Config {

    private static final Duration MAX_DURATION = Duration.ofDays(3650);
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final List<ConfigSource> sources;

    private Config(List<ConfigSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Settings from these sources, the first holding a key winning. */
    public static Config layered(List<ConfigSource> sources) {
        return new Config(sources);
    }

    /**
     * Settings from these sources, then from the properties file that {@code blog.config.file}
     * names in them, if any: the layering of a blog's own settings, for hosts that read theirs the
     * same way.
     *
     * @throws BlogConfigurationException if the named file cannot be read
     */
    public static Config withSettingsFile(List<ConfigSource> sources) {
        List<ConfigSource> layered = new ArrayList<>(sources);
        Optional<String> file = layered(sources).get("blog.config.file");
        if (file.isPresent()) {
            layered.add(ConfigSource.of("file " + file.get(), load(Path.of(file.get()))));
        }
        return layered(layered);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new BlogConfigurationException("blog.config.file = '" + file
                    + "' cannot be read: " + e.getMessage(), e);
        }
        return properties;
    }

    /** Settings from one map; handy in tests. */
    public static Config of(Map<String, String> values) {
        return new Config(List.of(ConfigSource.of("settings", values)));
    }

    /** No settings: every getter returns its default. */
    public static Config empty() {
        return of(Map.of());
    }

    /** These settings with {@code overrides} layered on top. */
    public Config with(Map<String, String> overrides) {
        List<ConfigSource> layered = new java.util.ArrayList<>();
        layered.add(ConfigSource.of("overrides", overrides));
        layered.addAll(sources);
        return new Config(layered);
    }

    /** The raw value of a key, trimmed, if any source holds a non-blank one. */
    public Optional<String> get(String key) {
        return find(key).map(Setting::value);
    }

    /** The value of a key, or {@code defaultValue}. */
    public String string(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** An integer in {@code [min, max]}, or {@code defaultValue} when unset. */
    public int intValue(String key, int defaultValue, int min, int max) {
        return (int) longValue(key, defaultValue, min, max);
    }

    /** A long in {@code [min, max]}, or {@code defaultValue} when unset. */
    public long longValue(String key, long defaultValue, long min, long max) {
        Optional<Setting> setting = find(key);
        if (setting.isEmpty()) {
            return defaultValue;
        }
        String expected = "a whole number from " + min + " to " + max;
        long value;
        try {
            value = Long.parseLong(setting.get().value().replace("_", ""));
        } catch (NumberFormatException e) {
            throw setting.get().invalid(expected);
        }
        if (value < min || value > max) {
            throw setting.get().invalid(expected);
        }
        return value;
    }

    /** {@code true} or {@code false} (any case), or {@code defaultValue} when unset. */
    public boolean bool(String key, boolean defaultValue) {
        Optional<Setting> setting = find(key);
        if (setting.isEmpty()) {
            return defaultValue;
        }
        return switch (setting.get().value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw setting.get().invalid("true or false");
        };
    }

    /** A positive duration, or {@code defaultValue} when unset. */
    public Duration duration(String key, Duration defaultValue) {
        Optional<Setting> setting = find(key);
        if (setting.isEmpty()) {
            return defaultValue;
        }
        Duration value = parseDuration(setting.get().value());
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(MAX_DURATION) > 0) {
            throw setting.get().invalid("a positive duration of at most 3650 days, such as 250ms, 10s, 5m, 2h, 1d "
                    + "or PT10S");
        }
        return value;
    }

    /** A file system path, or {@code defaultValue} when unset. */
    public Path path(String key, Path defaultValue) {
        return get(key).map(Path::of).orElse(defaultValue);
    }

    /** A constant of {@code type}, named in any case with {@code -} or {@code _}, or {@code defaultValue}. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        Optional<Setting> setting = find(key);
        if (setting.isEmpty()) {
            return defaultValue;
        }
        String name = setting.get().value().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw setting.get().invalid("one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
    }

    private Optional<Setting> find(String key) {
        for (ConfigSource source : sources) {
            Optional<String> value = source.get(key).map(String::trim).filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                return Optional.of(new Setting(key, value.get(), source.description()));
            }
        }
        return Optional.empty();
    }

    private static Duration parseDuration(String text) {
        Matcher simple = SIMPLE_DURATION.matcher(text);
        try {
            if (simple.matches()) {
                long amount = Long.parseLong(simple.group(1));
                return switch (simple.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(text);
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private record Setting(String key, String value, String source) {
        BlogConfigurationException invalid(String expected) {
            return new BlogConfigurationException(
                    key + " = '" + value + "' (from " + source + "): expected " + expected);
        }
    }
}
