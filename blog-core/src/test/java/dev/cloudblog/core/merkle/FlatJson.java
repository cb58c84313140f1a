package dev.cloudblog.core.merkle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small JSON documents of the test vectors: one object whose values are strings, integers
 * (up to unsigned 64 bits, kept as the same 64 bits in a {@code long}), booleans, null or arrays of
 * those. Anything else, such as fractions or nested objects, is rejected.
 */
final class FlatJson {

    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    /**
     * Parses a document.
     *
     * @return the members in document order; values are {@code String}, {@code Long}, {@code
     *     Boolean}, {@code null} or {@code List} of those
     * @throws IllegalArgumentException if the text is not such a document
     */
    static Map<String, Object> parse(String text) {
        FlatJson json = new FlatJson(text);
        Map<String, Object> members = json.object();
        json.skipWhitespace();
        if (json.at != text.length()) {
            throw json.error("trailing text");
        }
        return members;
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> members = new LinkedHashMap<>();
        if (peek() == '}') {
            at++;
            return members;
        }
        do {
            String name = string();
            expect(':');
            if (members.put(name, value()) != null) {
                throw error("duplicate member " + name);
            }
        } while (next(',', '}') == ',');
        return members;
    }

    private Object value() {
        char first = peek();
        if (first == '"') {
            return string();
        }
        if (first == '[') {
            return array();
        }
        if (first == '-' || Character.isDigit(first)) {
            return number();
        }
        for (String literal : List.of("true", "false", "null")) {
            if (text.startsWith(literal, at)) {
                at += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        throw error("unexpected " + first);
    }

    private List<Object> array() {
        expect('[');
        List<Object> items = new ArrayList<>();
        if (peek() == ']') {
            at++;
            return items;
        }
        do {
            items.add(value());
        } while (next(',', ']') == ',');
        return items;
    }

    private Long number() {
        int start = at;
        if (text.charAt(at) == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        String digits = text.substring(start, at);
        return digits.startsWith("-") ? Long.parseLong(digits) : Long.parseUnsignedLong(digits);
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char c = charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw error("bad escape \\" + escaped);
            }
        }
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw error("expected " + wanted);
        }
        at++;
    }

    private char next(char more, char end) {
        char c = peek();
        if (c != more && c != end) {
            throw error("expected " + more + " or " + end);
        }
        at++;
        return c;
    }

    private char peek() {
        skipWhitespace();
        return charAt(at);
    }

    private char charAt(int index) {
        if (index >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(index);
    }

    private void skipWhitespace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " at offset " + at);
    }
}
