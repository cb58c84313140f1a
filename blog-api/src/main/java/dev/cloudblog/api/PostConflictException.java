package dev.cloudblog.api;

/**
 * A write named a version of a post that is no longer its current one: somebody else saved in
 * between. Nothing was written. Reload the post, merge, and write again naming {@link #actualVersion()}.
 */
public final class PostConflictException extends BlogException {

    private static final long serialVersionUID = 1L;

    private final String postId;
    private final long expectedVersion;
    private final long actualVersion;

    public PostConflictException(String postId, long expectedVersion, long actualVersion) {
        super("post '" + postId + "' is at version " + actualVersion + ", not " + expectedVersion
                + " as the write expected; reload it and apply the change again");
        this.postId = postId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String postId() {
        return postId;
    }

    /** The version the caller edited. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the post has now. */
    public long actualVersion() {
        return actualVersion;
    }
}
