package dev.cloudblog.api.search;

import java.util.List;

/**
 * One post that matched.
 *
 * @param postId     the post
 * @param slug       its slug
 * @param title      its title
 * @param score      the relevance score, higher is better; comparable within one result only
 * @param highlights snippets of the post with the matched terms marked
 */
public record SearchHit(String postId, String slug, String title, double score, List<String> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
