package dev.cloudblog.spi.store;

/**
 * An append to the revision log was refused: it did not start at the log's end, or it logged a
 * revision again; another writer appended first.
 */
public final class LogConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LogConflictException(long expectedSize, long actualSize) {
        super("the revision log has " + actualSize + " leaves, not " + expectedSize + " as the append expected");
    }

    /** An append refused for the reason given. */
    public LogConflictException(String reason) {
        super(reason);
    }
}
