package dev.cloudblog.core.post;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.RevisionDiff;
import dev.cloudblog.api.post.RevisionDiff.FieldChange;
import dev.cloudblog.core.content.LineDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** Compares two revisions: field by field, and the body line by line. */
final class RevisionComparison {

    private static final Map<String, Function<Post, Object>> FIELDS = fields();

    private RevisionComparison() {
    }

    static RevisionDiff diff(Revision from, Revision to) {
        List<FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, field) -> {
            Object before = field.apply(from.snapshot());
            Object after = field.apply(to.snapshot());
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, text(before), text(after)));
            }
        });
        return new RevisionDiff(from.postId(), from.number(), to.number(), changes,
                LineDiff.diff(from.snapshot().body(), to.snapshot().body()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<String, Function<Post, Object>> fields() {
        Map<String, Function<Post, Object>> fields = new LinkedHashMap<>();
        fields.put("title", Post::title);
        fields.put("slug", Post::slug);
        fields.put("status", Post::status);
        fields.put("author", Post::author);
        fields.put("tags", Post::tags);
        fields.put("customExcerpt", Post::customExcerpt);
        fields.put("publishedAt", Post::publishedAt);
        fields.put("scheduledAt", Post::scheduledAt);
        fields.put("seo.title", post -> post.seo().title());
        fields.put("seo.description", post -> post.seo().description());
        fields.put("seo.focusKeyphrase", post -> post.seo().focusKeyphrase());
        fields.put("customFields", post -> new TreeMap<>(post.customFields()));
        return Collections.unmodifiableMap(fields);
    }
}
