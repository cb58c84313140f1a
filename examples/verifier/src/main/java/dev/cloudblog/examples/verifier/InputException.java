package dev.cloudblog.examples.verifier;

/**
 * The command line cannot be run: an argument is wrong, or an input it names cannot be read. The
 * message names the argument.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean usage;

    private InputException(String message, boolean usage, Throwable cause) {
        super(message, cause);
        this.usage = usage;
    }

    /** The arguments themselves are wrong: one is unknown, missing, repeated or malformed. */
    static InputException usage(String message) {
        return new InputException(message, true, null);
    }

    /** An input named by a well-formed argument cannot be read or understood. */
    static InputException unreadable(String message, Throwable cause) {
        return new InputException(message, false, cause);
    }

    /** Whether the arguments are wrong, so that the usage line helps. */
    boolean isUsage() {
        return usage;
    }
}
