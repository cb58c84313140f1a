package dev.cloudblog.api;

/**
 * The root of every exception the blog API throws on purpose. Callers that want to treat all
 * blog failures alike catch this type; each subclass carries the details of its case.
 */
public class BlogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlogException(String message) {
        super(message);
    }

    public BlogException(String message, Throwable cause) {
        super(message, cause);
    }
}
