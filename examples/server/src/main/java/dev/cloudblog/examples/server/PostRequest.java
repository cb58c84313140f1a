package dev.cloudblog.examples.server;

import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.Seo;
import java.util.List;
import java.util.Map;

/**
 * The JSON body that creates or replaces a post, or asks for the analysis of a draft. Absent
 * fields take their defaults (an empty body, no tags, a slug made from the title); {@code author}
 * defaults to the caller, or on a replace to the post's author.
 */
record PostRequest(String title, String body, List<String> tags, String author, String slug, String customExcerpt,
                   Seo seo, Map<String, String> customFields) {

    /** The blog's input, written by {@code author}. */
    PostInput toInput(String author) {
        return new PostInput(title, body, tags, author, slug, customExcerpt, seo, customFields);
    }
}
