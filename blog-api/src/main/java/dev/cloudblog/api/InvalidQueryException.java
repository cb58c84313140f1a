package dev.cloudblog.api;

/** A listing or search query could not be run as given: a malformed cursor or query text. */
public class InvalidQueryException extends BlogException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
