package dev.cloudblog.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A post could not be saved because some of its fields are invalid. {@link #errors()} maps each
 * offending field ({@code title}, {@code tags[3]}, {@code status}...) to every message about it,
 * so a form can show them all at once. Nothing was written.
 */
public class InvalidPostException extends BlogException {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> errors;

    public InvalidPostException(Map<String, List<String>> errors) {
        super(describe(errors));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = java.util.Collections.unmodifiableMap(copy);
    }

    /** Creates the exception for one message about one field. */
    public static InvalidPostException of(String field, String message) {
        return new InvalidPostException(Map.of(field, List.of(message)));
    }

    /** Field name to messages, in the order the fields were checked. */
    public Map<String, List<String>> errors() {
        return errors;
    }

    private static String describe(Map<String, List<String>> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid post needs at least one error");
        }
        return "invalid post: " + errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join("; ", e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
