package dev.cloudblog.api;

import java.util.OptionalInt;

/**
 * A listing or search query could not be run as given: a malformed cursor, a bound out of range,
 * or query text that does not parse. For query text the exception says where the problem is.
 */
public class InvalidQueryException extends BlogException {

    private static final long serialVersionUID = 1L;

    /** Zero-based character offset into the query text, or -1 when the problem is not in the text. */
    private final int position;

    public InvalidQueryException(String message) {
        super(message);
        this.position = -1;
    }

    /**
     * A problem at a character of the query text.
     *
     * @param position zero-based offset of the offending character in the query text, at least 0
     */
    public InvalidQueryException(String message, int position, Throwable cause) {
        super(message + " (at character " + position + ")", cause);
        if (position < 0) {
            throw new IllegalArgumentException("position must be at least 0 but was " + position);
        }
        this.position = position;
    }

    /** Zero-based offset into the query text of the problem, when it is in the text. */
    public OptionalInt position() {
        return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
    }
}
