package dev.cloudblog.api.post;

/**
 * Search-engine metadata of a post. Each part is {@code null} when not set; readers then fall back
 * to the post's title and excerpt.
 *
 * @param title          the title for search results and social cards
 * @param description    the meta description
 * @param focusKeyphrase the phrase the post is meant to rank for
 */
public record Seo(String title, String description, String focusKeyphrase) {

    /** No SEO metadata set. */
    public static final Seo NONE = new Seo(null, null, null);
}
