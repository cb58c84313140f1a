package dev.cloudblog.examples.server;

/**
 * What a user may do, each role including the ones before it: a {@link #READER} reads every post
 * in any status with its revisions and analysis; an {@link #AUTHOR} also writes, publishes and
 * deletes posts of their own; an {@link #EDITOR} does so for every post; an {@link #ADMIN} also
 * manages users and reads the audit log. Without a token, published posts, search, proofs and
 * verification are open to anyone.
 */
enum Role {
    READER,
    AUTHOR,
    EDITOR,
    ADMIN;

    /** Whether this role may do what {@code required} may. */
    boolean includes(Role required) {
        return compareTo(required) >= 0;
    }
}
