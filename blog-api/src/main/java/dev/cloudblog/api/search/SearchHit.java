package dev.cloudblog.api.search;

import java.util.List;
import java.util.Objects;

/**
 * One post that matched.
 *
 * @param postId     the post
 * @param slug       its slug
 * @param title      its title
 * @param score      the relevance score, higher is better; comparable within one result only
 * @param highlights passages of the title and body with the matched terms in {@code <mark>} elements,
 *                   HTML-escaped otherwise, best first; empty when highlighting was off or nothing
 *                   in the text matched (a filter-only search)
 */
public record SearchHit(String postId, String slug, String title, double score, List<String> highlights) {

    public SearchHit {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        highlights = List.copyOf(highlights);
    }
}
