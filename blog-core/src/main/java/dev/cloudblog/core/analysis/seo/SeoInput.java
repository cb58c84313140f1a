package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.core.analysis.text.Document;
import java.util.Objects;

/**
 * What the SEO analysis reads about a post.
 *
 * <p>Links in the body are classified against {@code siteHost}: a relative link (no scheme, and not
 * {@code //host}) or one whose host equals {@code siteHost} (case-insensitively, ignoring a leading
 * {@code www.} and a port) is internal; any other {@code http(s)} link is outbound; links with
 * other schemes, such as {@code mailto:}, and links within the page ({@code #fragment}) are
 * neither.
 *
 * <pre>{@code
 * SeoInput input = new SeoInput(Document.parse(markdown), "Bike shops in Utrecht", null,
 *         "Where to buy, rent and fix a bike in Utrecht.", "bike-shops-utrecht", "bike shop",
 *         "blog.example.org");
 * input.seoTitle();   // "Bike shops in Utrecht", the title
 * }</pre>
 *
 * @param document        the body
 * @param title           the post's title, which is also the page's only H1
 * @param seoTitle        the title for search results; {@code null} or blank falls back to
 *                        {@code title}, so this component is never blank unless {@code title} is
 * @param metaDescription the description for search results, or {@code null}; a blank one is
 *                        stored as {@code null}
 * @param slug            the post's URL name, words separated by hyphens
 * @param focusKeyphrase  the phrase the post should be found by, or {@code null}; a blank one is
 *                        stored as {@code null}
 * @param siteHost        the host the blog is served from, such as {@code blog.example.org}, or
 *                        {@code null} when unknown (then only relative links are internal); a
 *                        blank one is stored as {@code null}
 */
public record SeoInput(Document document, String title, String seoTitle, String metaDescription, String slug,
                       String focusKeyphrase, String siteHost) {

    /**
     * Validates and normalizes the components as described above.
     *
     * @throws NullPointerException     if {@code document}, {@code title} or {@code slug} is null
     * @throws IllegalArgumentException if {@code siteHost} contains a {@code /} or whitespace, as a
     *                                  URL rather than a host would
     */
    public SeoInput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(slug, "slug");
        seoTitle = isBlank(seoTitle) ? title : seoTitle;
        metaDescription = isBlank(metaDescription) ? null : metaDescription;
        focusKeyphrase = isBlank(focusKeyphrase) ? null : focusKeyphrase;
        siteHost = isBlank(siteHost) ? null : siteHost.strip();
        if (siteHost != null && (siteHost.contains("/") || siteHost.codePoints().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException(
                    "siteHost must be a host such as blog.example.org, without scheme or path, but was " + siteHost);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
