package dev.cloudblog.examples.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, read strictly: a parameter the route does not know, one given
 * twice, or a value of the wrong form is an {@link ApiProblem} 400 naming it.
 */
final class QueryParameters {

    private static final QueryParameters NONE = new QueryParameters(Map.of());

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The request's parameters, refusing any not in {@code known}.
     *
     * @throws ApiProblem 400 for an unknown or repeated parameter
     */
    static QueryParameters of(Context ctx, String... known) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> values = ctx.queryParamMap();
        Set<String> allowed = Set.of(known);
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw ApiProblem.badRequest("unknown query parameter '" + entry.getKey() + "'; this route takes "
                        + (known.length == 0 ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
            if (entry.getValue().size() > 1) {
                throw ApiProblem.badRequest("query parameter '" + entry.getKey() + "' is given "
                        + entry.getValue().size() + " times; give it once");
            }
        }
        return new QueryParameters(values);
    }

    String text(String name) {
        List<String> given = values.get(name);
        return given == null || given.get(0).isEmpty() ? null : given.get(0);
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("query parameter '" + name + "' is required");
        }
        return value;
    }

    int integer(String name, int defaultValue, int min, int max) {
        long value = longValue(name, defaultValue);
        if (value < min || value > max) {
            throw ApiProblem.badRequest("query parameter '" + name + "' must be " + min + " to " + max + ", not " + value);
        }
        return (int) value;
    }

    long longValue(String name, long defaultValue) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("query parameter '" + name + "' must be an integer, not '" + value + "'");
        }
    }

    long requiredLong(String name) {
        requiredText(name);
        return longValue(name, 0);
    }

    boolean bool(String name, boolean defaultValue) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.badRequest("query parameter '" + name + "' must be true or false, not '"
                    + value + "'");
        };
    }

    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("query parameter '" + name + "' must be an ISO-8601 instant such as "
                    + "2030-01-31T09:00:00Z, not '" + value + "'");
        }
    }

    /** An enum constant named case-insensitively, or the default when absent. */
    <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        String value = text(name);
        return value == null ? defaultValue : constant(name, type, value);
    }

    /** A comma-separated set of enum constants, empty when absent. */
    <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
        String value = text(name);
        Set<E> set = new LinkedHashSet<>();
        if (value != null) {
            for (String part : value.split(",")) {
                set.add(constant(name, type, part.trim()));
            }
        }
        return set;
    }

    private static <E extends Enum<E>> E constant(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("query parameter '" + name + "' must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", not '" + value + "'");
        }
    }
}
