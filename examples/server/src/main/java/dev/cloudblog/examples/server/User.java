package dev.cloudblog.examples.server;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user of the API.
 *
 * @param name         unique, 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 * @param role         what the user may do
 * @param passwordHash the password's bcrypt hash; never shown
 * @param createdAt    when the user was created
 */
record User(String name, Role role, String passwordHash, Instant createdAt) {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The user as the API shows it, without the hash. */
    View view() {
        return new View(name, role, createdAt);
    }

    record View(String username, Role role, Instant createdAt) {
    }
}
