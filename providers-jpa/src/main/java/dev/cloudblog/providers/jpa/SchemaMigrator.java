package dev.cloudblog.providers.jpa;

import dev.cloudblog.api.BlogConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Brings a database's schema up to date with the migrations listed in
 * {@code migrations/index.txt}: scripts named {@code V<version>__<description>.sql}, applied in
 * order, each in a transaction of its own (H2 commits DDL at once, so there a failed migration may
 * leave part of its work behind), and recorded in {@code blog_schema_version} with the SHA-256 of
 * its text. A recorded migration whose script has changed since stops the start. On PostgreSQL each
 * migration first locks {@code blog_schema_version}, so nodes starting together apply it once.
 */
final class SchemaMigrator {

    private static final String FOLDER = "migrations/";

    private final Database database;

    SchemaMigrator(Database database) {
        this.database = database;
    }

    /**
     * Applies every migration up to {@code targetVersion} that the database has not recorded yet.
     *
     * @throws BlogConfigurationException if a migration fails or a recorded one was changed
     */
    void migrate(Connection connection, int targetVersion) {
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS blog_schema_version (version INTEGER NOT NULL,"
                        + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " checksum VARCHAR(64) NOT NULL, CONSTRAINT pk_blog_schema_version PRIMARY KEY (version))");
            }
            connection.commit();
            for (Migration migration : migrations()) {
                if (migration.version() > targetVersion) {
                    break;
                }
                if (database.locksForMigration()) {
                    try (Statement lock = connection.createStatement()) {
                        lock.execute("LOCK TABLE blog_schema_version IN EXCLUSIVE MODE");
                    }
                }
                String recorded = appliedChecksums(connection).get(migration.version());
                if (recorded == null) {
                    apply(connection, migration);
                } else if (!recorded.equals(migration.checksum())) {
                    connection.rollback();
                    throw new BlogConfigurationException("migration " + migration.fileName()
                            + " changed after it was applied: recorded checksum " + recorded + ", now "
                            + migration.checksum());
                }
                connection.commit();
            }
        } catch (SQLException e) {
            throw new BlogConfigurationException("could not migrate the post store's schema: " + e.getMessage(), e);
        }
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements(database)) {
                statement.execute(sql);
            }
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO blog_schema_version"
                    + " (version, description, applied_at, checksum) VALUES (?, ?, CURRENT_TIMESTAMP, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.description());
                record.setString(3, migration.checksum());
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new BlogConfigurationException("migration " + migration.fileName() + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM blog_schema_version")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    /** The migrations in the order {@code index.txt} lists them. */
    static List<Migration> migrations() {
        List<Migration> migrations = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String fileName = line.strip();
            if (!fileName.isEmpty()) {
                migrations.add(Migration.of(fileName, resource(fileName)));
            }
        }
        return migrations;
    }

    private static String resource(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One migration script.
     *
     * @param version     the number after {@code V}
     * @param description the words after {@code __}, underscores as spaces
     * @param fileName    the script's file name
     * @param script      the script's text, placeholders unresolved
     * @param checksum    the hex SHA-256 of the script's text
     */
    record Migration(int version, String description, String fileName, String script, String checksum) {

        static Migration of(String fileName, String script) {
            int separator = fileName.indexOf("__");
            if (!fileName.startsWith("V") || separator < 2 || !fileName.endsWith(".sql")) {
                throw new IllegalStateException("a migration is named V<version>__<description>.sql, not " + fileName);
            }
            int version = Integer.parseInt(fileName.substring(1, separator));
            String description = fileName.substring(separator + 2, fileName.length() - 4).replace('_', ' ');
            return new Migration(version, description, fileName, script, sha256(script));
        }

        /** The script's statements for a database: comments dropped, placeholders resolved, split at {@code ;}. */
        List<String> statements(Database database) {
            StringBuilder code = new StringBuilder();
            for (String line : script.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    code.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String statement : database.resolve(code.toString()).split(";")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            return statements;
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
        }
    }
}
