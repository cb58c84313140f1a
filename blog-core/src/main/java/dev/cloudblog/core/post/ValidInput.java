package dev.cloudblog.core.post;

import dev.cloudblog.api.post.Seo;
import java.util.List;
import java.util.Map;

/**
 * A {@link dev.cloudblog.api.post.PostInput} that passed validation, normalized: title and author
 * trimmed, tags normalized and unique, slug folded (or {@code null} when none was asked for).
 */
record ValidInput(String title, String body, List<String> tags, String author, String slug, String customExcerpt,
                  Seo seo, Map<String, String> customFields) {
}
