package dev.cloudblog.api;

/**
 * The blog could not start as configured: a config value has the wrong type or range, a named
 * provider is missing, several providers compete for a capability that takes one, or a provider
 * failed to load. The message names the key, the value and what was expected or available.
 */
public final class BlogConfigurationException extends BlogException {

    private static final long serialVersionUID = 1L;

    public BlogConfigurationException(String message) {
        super(message);
    }

    public BlogConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
