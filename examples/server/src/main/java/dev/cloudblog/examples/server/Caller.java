package dev.cloudblog.examples.server;

import java.util.Objects;

/**
 * Who sent a request: a user and their role, or {@link #ANONYMOUS}.
 *
 * @param name the user's name, {@code null} when anonymous
 * @param role the user's role, {@code null} when anonymous
 */
record Caller(String name, Role role) {

    static final Caller ANONYMOUS = new Caller(null, null);

    Caller {
        if ((name == null) != (role == null)) {
            throw new IllegalArgumentException("a caller has both a name and a role, or neither");
        }
    }

    boolean anonymous() {
        return name == null;
    }

    /** Whether the caller holds {@code required} or a role that includes it. */
    boolean has(Role required) {
        return role != null && role.includes(required);
    }

    /**
     * Whether the caller may change a post written by {@code author}: editors any, authors their own.
     */
    boolean mayEdit(String author) {
        return has(Role.EDITOR) || has(Role.AUTHOR) && Objects.equals(name, author);
    }

    /** The name to record in the audit log. */
    String auditName() {
        return anonymous() ? "anonymous" : name;
    }
}
