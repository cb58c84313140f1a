package dev.cloudblog.spi.store;

/** An append to the revision log did not start at the log's end: another writer appended first. */
public final class LogConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LogConflictException(long expectedSize, long actualSize) {
        super("the revision log has " + actualSize + " leaves, not " + expectedSize + " as the append expected");
    }
}
