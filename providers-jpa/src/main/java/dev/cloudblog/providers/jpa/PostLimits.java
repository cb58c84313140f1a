package dev.cloudblog.providers.jpa;

import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.post.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the schema can hold, checked before anything is written so that bad input fails as an
 * {@link InvalidPostException} naming the field rather than as a database error: the column
 * lengths (counted in UTF-16 units, which is never fewer than the characters either database
 * counts), no NUL characters (PostgreSQL refuses them in text), no lone surrogates (they have no
 * UTF-8 form), and instants between 1677 and 2262 (the range of epoch nanoseconds in a BIGINT).
 */
final class PostLimits {

    static final int ID = 100;
    static final int SLUG = 200;
    static final int TITLE = 500;
    static final int AUTHOR = 200;
    static final int CONTENT_HASH = 100;
    static final int TAG = 100;

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private PostLimits() {
    }

    /**
     * Checks a post against the schema.
     *
     * @throws InvalidPostException naming every field the schema cannot hold
     */
    static void check(Post post) {
        PostLimits limits = new PostLimits();
        limits.text("id", post.id(), ID);
        limits.text("slug", post.slug(), SLUG);
        limits.text("title", post.title(), TITLE);
        limits.text("body", post.body(), Integer.MAX_VALUE);
        limits.text("html", post.html(), Integer.MAX_VALUE);
        limits.text("excerpt", post.excerpt(), Integer.MAX_VALUE);
        limits.text("customExcerpt", post.customExcerpt(), Integer.MAX_VALUE);
        limits.text("author", post.author(), AUTHOR);
        limits.text("contentHash", post.contentHash(), CONTENT_HASH);
        post.tags().forEach(tag -> limits.text("tags", tag, TAG));
        limits.text("seo.title", post.seo().title(), Integer.MAX_VALUE);
        limits.text("seo.description", post.seo().description(), Integer.MAX_VALUE);
        limits.text("seo.focusKeyphrase", post.seo().focusKeyphrase(), Integer.MAX_VALUE);
        post.customFields().forEach((key, value) -> {
            limits.text("customFields", key, Integer.MAX_VALUE);
            limits.text("customFields." + key, value, Integer.MAX_VALUE);
        });
        limits.instant("createdAt", post.createdAt());
        limits.instant("updatedAt", post.updatedAt());
        limits.instant("publishedAt", post.publishedAt());
        limits.instant("scheduledAt", post.scheduledAt());
        limits.duration("readingTime", post);
        if (!limits.errors.isEmpty()) {
            throw new InvalidPostException(limits.errors);
        }
    }

    private void text(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters long but has " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                error(field, "must not contain the NUL character (at index " + i + ")");
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                error(field, "must be valid UTF-16 but has a lone surrogate at index " + i);
                return;
            }
        }
    }

    private void instant(String field, Instant value) {
        try {
            EpochNanos.of(value);
        } catch (ArithmeticException e) {
            error(field, "must lie between 1677-09-21 and 2262-04-11 but was " + value);
        }
    }

    private void duration(String field, Post post) {
        try {
            post.readingTime().toNanos();
        } catch (ArithmeticException e) {
            error(field, "is too long to store: " + post.readingTime());
        }
    }

    private void error(String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }
}
