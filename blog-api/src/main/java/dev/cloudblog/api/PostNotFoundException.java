package dev.cloudblog.api;

/** No post (or no revision of a post) has the id, slug or revision number asked for. */
public final class PostNotFoundException extends BlogException {

    private static final long serialVersionUID = 1L;

    private final String reference;

    public PostNotFoundException(String reference, String message) {
        super(message);
        this.reference = reference;
    }

    /** Creates the exception for a post id that matches no post. */
    public static PostNotFoundException forId(String id) {
        return new PostNotFoundException(id, "no post has id '" + id + "'");
    }

    /** Creates the exception for a revision that a post does not have. */
    public static PostNotFoundException forRevision(String id, long revision) {
        return new PostNotFoundException(id, "post '" + id + "' has no revision " + revision);
    }

    /** The id or slug that was looked up. */
    public String reference() {
        return reference;
    }
}
