package dev.cloudblog.spi.store;

/** A store refused a slug that belongs to another post. The engine then tries the next suffix. */
public final class DuplicateSlugException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    public DuplicateSlugException(String slug) {
        super("slug '" + slug + "' belongs to another post");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
