package dev.cloudblog.providers.jpa;

import java.sql.SQLException;
import java.util.Locale;

/**
 * What went wrong in the database, read from the {@link SQLException} under whatever Hibernate or
 * the pool wrapped it in: its SQLSTATE and its messages, lower-cased.
 *
 * @param sqlState the SQLSTATE of the innermost SQL exception, or {@code ""} when there is none
 * @param messages every message along the cause chain, lower-cased
 */
record StoreFailure(String sqlState, String messages) {

    /** The failure behind {@code thrown}. */
    static StoreFailure of(Throwable thrown) {
        String state = "";
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
            if (cause.getMessage() != null) {
                messages.append(cause.getMessage().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return new StoreFailure(state, messages.toString());
    }

    /** Whether a unique or primary key constraint refused a row. */
    boolean uniqueViolation() {
        return sqlState.equals("23505");
    }

    /** Whether a unique constraint over a slug column refused a row. */
    boolean slugTaken() {
        return uniqueViolation() && (messages.contains("uq_posts_slug") || messages.contains("pk_retired_slugs")
                || messages.contains("retired_slugs") || messages.contains("(slug"));
    }

    /** Whether concurrent transactions collided: a deadlock, a lock timeout or a serialization failure. */
    boolean contention() {
        return sqlState.equals("40001") || sqlState.equals("40P01") || sqlState.equals("55P03")
                || sqlState.equals("50200") || sqlState.equals("90131");
    }

    /** Whether the database refused a value: too long, not encodable, or otherwise malformed data. */
    boolean badValue() {
        return sqlState.startsWith("22");
    }
}
