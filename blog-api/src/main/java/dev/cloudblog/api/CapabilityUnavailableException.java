package dev.cloudblog.api;

import java.util.Objects;

/**
 * A capability was used (or configured) that no provider on the classpath offers. The message
 * says which artifact to add, for example {@code dev.cloudblog:providers-lucene} for search.
 */
public final class CapabilityUnavailableException extends BlogException {

    private static final long serialVersionUID = 1L;

    private final String capability;

    public CapabilityUnavailableException(String capability, String message) {
        super(message);
        this.capability = Objects.requireNonNull(capability, "capability");
    }

    /** The capability that is missing, as named in config keys: {@code search}, {@code store}... */
    public String capability() {
        return capability;
    }
}
