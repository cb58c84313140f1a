package dev.cloudblog.providers.jpa;

import dev.cloudblog.api.BlogConfigurationException;
import java.util.Map;

/** The databases the store runs on, with the values of the placeholders in its migrations. */
enum Database {

    /** H2 2.x, embedded. */
    H2(Map.of("bytes", "VARBINARY(64)", "binary_collation", "")),
    /** PostgreSQL. */
    POSTGRESQL(Map.of("bytes", "BYTEA", "binary_collation", "COLLATE \"C\""));

    private final Map<String, String> placeholders;

    Database(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /**
     * The database a JDBC URL points at.
     *
     * @throws BlogConfigurationException unless it starts with {@code jdbc:h2:} or {@code jdbc:postgresql:}
     */
    static Database of(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new BlogConfigurationException("blog.jpa.url must start with jdbc:h2: or jdbc:postgresql:, not " + url);
    }

    /** Whether migrations must lock {@code blog_schema_version} so that nodes starting together apply each once. */
    boolean locksForMigration() {
        return this == POSTGRESQL;
    }

    /** The script with each {@code ${name}} replaced by this database's value. */
    String resolve(String script) {
        String resolved = script;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            resolved = resolved.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return resolved;
    }
}
