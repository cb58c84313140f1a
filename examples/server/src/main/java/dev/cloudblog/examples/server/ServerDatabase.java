package dev.cloudblog.examples.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's own tables beside the store's, in the same database, so every replica sees the
 * same users and one audit log: {@code cloudblog_users} and {@code cloudblog_audit}, created when
 * missing. Works on H2 and PostgreSQL. Thread-safe.
 */
final class ServerDatabase implements AutoCloseable {

    private static final String USERS = """
            CREATE TABLE IF NOT EXISTS cloudblog_users (
              username VARCHAR(64) PRIMARY KEY,
              role VARCHAR(16) NOT NULL,
              password_hash VARCHAR(100) NOT NULL,
              created_at TIMESTAMP WITH TIME ZONE NOT NULL)""";
    private static final String AUDIT = """
            CREATE TABLE IF NOT EXISTS cloudblog_audit (
              id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              at TIMESTAMP WITH TIME ZONE NOT NULL,
              actor VARCHAR(64) NOT NULL,
              action VARCHAR(100) NOT NULL,
              target VARCHAR(300) NOT NULL,
              status INTEGER NOT NULL,
              client VARCHAR(100) NOT NULL)""";

    private final HikariDataSource pool;

    ServerDatabase(ServerSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.databaseUrl());
        config.setUsername(settings.databaseUser());
        config.setPassword(settings.databasePassword());
        config.setMaximumPoolSize(4);
        config.setPoolName("cloudblog-server");
        this.pool = new HikariDataSource(config);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(USERS);
            statement.execute(AUDIT);
        } catch (SQLException e) {
            pool.close();
            throw new IllegalStateException("cannot create the server's tables in " + settings.databaseUrl(), e);
        }
    }

    Optional<User> user(String name) {
        return query("SELECT username, role, password_hash, created_at FROM cloudblog_users WHERE username = ?",
                ServerDatabase::readUser, name).stream().findFirst();
    }

    List<User> users() {
        return query("SELECT username, role, password_hash, created_at FROM cloudblog_users ORDER BY username",
                ServerDatabase::readUser);
    }

    /** Adds the user; false if the name is taken. */
    boolean insert(User user) {
        if (user(user.name()).isPresent()) {
            return false;
        }
        try {
            return update("INSERT INTO cloudblog_users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    user.name(), user.role().name(), user.passwordHash(), Timestamp.from(user.createdAt())) == 1;
        } catch (IllegalStateException e) {
            if (user(user.name()).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /** Removes the user; false if there was none. */
    boolean delete(String name) {
        return update("DELETE FROM cloudblog_users WHERE username = ?", name) == 1;
    }

    void audit(AuditEntry entry) {
        update("INSERT INTO cloudblog_audit (at, actor, action, target, status, client) VALUES (?, ?, ?, ?, ?, ?)",
                Timestamp.from(entry.at()), entry.actor(), entry.action(), entry.target(), entry.status(), entry.client());
    }

    /** The latest entries, newest first, with ids below {@code before} when it is positive. */
    List<AuditEntry> audit(int limit, long before) {
        String where = before > 0 ? " WHERE id < " + before : "";
        return query("SELECT id, at, actor, action, target, status, client FROM cloudblog_audit" + where
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", rows -> new AuditEntry(rows.getLong(1),
                rows.getTimestamp(2).toInstant(), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getInt(6), rows.getString(7)));
    }

    @Override
    public void close() {
        pool.close();
    }

    private static User readUser(ResultSet rows) throws SQLException {
        return new User(rows.getString(1), Role.valueOf(rows.getString(2)), rows.getString(3),
                rows.getTimestamp(4).toInstant());
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("the server's query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the server's update failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * One write to the API.
     *
     * @param id     its place in the log, {@code 0} before it is stored
     * @param at     when the response was sent
     * @param actor  the user, or {@code anonymous}
     * @param action the method and route, e.g. {@code POST /api/v1/posts/{id}/publish}
     * @param target the path written to, e.g. {@code /api/v1/posts/0f3c…/publish}
     * @param status the response's status
     * @param client the client's address
     */
    record AuditEntry(long id, Instant at, String actor, String action, String target, int status, String client) {
    }
}
