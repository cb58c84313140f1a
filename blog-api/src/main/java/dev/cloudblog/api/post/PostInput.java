package dev.cloudblog.api.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an author writes: the editable fields of a post. A create or update replaces all of them,
 * so an edit usually starts from the stored post:
 *
 * <pre>{@code
 * PostInput edit = PostInput.from(post).title("A better title").build();
 * blog.posts().update(post.id(), post.version(), edit);
 * }</pre>
 *
 * <p>Values are checked when saved, not here, so that every problem is reported at once in an
 * {@link dev.cloudblog.api.InvalidPostException}.
 *
 * @param title         the title; required, at most 300 characters
 * @param body          Markdown; at most 1 MiB of UTF-8
 * @param tags          at most 20; letters, digits, spaces, {@code -} and {@code _}, at most 50 characters each
 * @param author        required
 * @param slug          the URL name wanted, or {@code null}: derived from the title for a new post, kept on update
 * @param customExcerpt the excerpt to show, or {@code null} to derive it from the body
 * @param seo           search-engine metadata
 * @param customFields  free-form fields: at most 50, keys like {@code hero.image}; kept in key order
 */
public record PostInput(
        String title,
        String body,
        List<String> tags,
        String author,
        String slug,
        String customExcerpt,
        Seo seo,
        Map<String, String> customFields) {

    public PostInput {
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        seo = seo == null ? Seo.NONE : seo;
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(customFields));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding the editable fields of a stored post, to change some of them. */
    public static Builder from(Post post) {
        return new Builder()
                .title(post.title())
                .body(post.body())
                .tags(post.tags())
                .author(post.author())
                .slug(post.slug())
                .customExcerpt(post.customExcerpt())
                .seo(post.seo())
                .customFields(post.customFields());
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder().title(title).body(body).tags(tags).author(author).slug(slug)
                .customExcerpt(customExcerpt).seo(seo).customFields(customFields);
    }

    /** Builds a {@link PostInput}; not thread-safe. */
    public static final class Builder {
        private String title;
        private String body = "";
        private final List<String> tags = new ArrayList<>();
        private String author;
        private String slug;
        private String customExcerpt;
        private Seo seo = Seo.NONE;
        private final Map<String, String> customFields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder body(String markdown) {
            this.body = markdown;
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(List<String> tags) {
            this.tags.clear();
            this.tags.addAll(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(String... tags) {
            return tags(Arrays.asList(tags));
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder customExcerpt(String excerpt) {
            this.customExcerpt = excerpt;
            return this;
        }

        public Builder seo(Seo seo) {
            this.seo = Objects.requireNonNull(seo, "seo");
            return this;
        }

        /** Replaces the custom fields. */
        public Builder customFields(Map<String, String> fields) {
            this.customFields.clear();
            this.customFields.putAll(Objects.requireNonNull(fields, "fields"));
            return this;
        }

        /** Sets one custom field. */
        public Builder customField(String key, String value) {
            this.customFields.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public PostInput build() {
            return new PostInput(title, body, tags, author, slug, customExcerpt, seo, customFields);
        }
    }
}
