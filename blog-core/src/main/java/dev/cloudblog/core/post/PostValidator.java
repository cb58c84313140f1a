package dev.cloudblog.core.post;

import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.Seo;
import dev.cloudblog.core.content.Slugifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link PostInput} against the limits of the blog and normalizes it. Every problem is
 * collected, so one {@link InvalidPostException} reports them all.
 *
 * <p>Limits: title 1 to {@value #MAX_TITLE} characters; body at most {@value #MAX_BODY_BYTES}
 * bytes of UTF-8; author 1 to {@value #MAX_AUTHOR} characters; at most {@value #MAX_TAGS} tags of
 * 1 to {@value #MAX_TAG} letters, digits, spaces, {@code -} or {@code _}, starting with a letter or
 * digit; custom excerpt at most {@value #MAX_EXCERPT} characters; SEO title at most
 * {@value #MAX_TITLE}, description at most {@value #MAX_SEO_DESCRIPTION}, focus keyphrase at most
 * {@value #MAX_AUTHOR} characters; at most {@value #MAX_CUSTOM_FIELDS} custom fields with keys like
 * {@code hero.image} and values of at most {@value #MAX_CUSTOM_VALUE} characters.
 */
final class PostValidator {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_AUTHOR = 100;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 50;
    static final int MAX_EXCERPT = 500;
    static final int MAX_SEO_DESCRIPTION = 1000;
    static final int MAX_CUSTOM_FIELDS = 50;
    static final int MAX_CUSTOM_VALUE = 10_000;

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");
    private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Validates and normalizes.
     *
     * @throws InvalidPostException listing every invalid field
     */
    ValidInput validate(PostInput input) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String title = required(errors, "title", input.title(), MAX_TITLE);
        String author = required(errors, "author", input.author(), MAX_AUTHOR);
        int bodyBytes = input.body().getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > MAX_BODY_BYTES) {
            add(errors, "body", "must be at most 1 MiB (" + MAX_BODY_BYTES + " bytes) of UTF-8 but has " + bodyBytes);
        }
        List<String> tags = tags(errors, input.tags());
        String slug = null;
        if (input.slug() != null) {
            slug = Slugifier.slugify(input.slug());
            if (slug.isEmpty()) {
                add(errors, "slug", "'" + input.slug() + "' has no letters or digits to make a slug from");
            }
        }
        String excerpt = input.customExcerpt() == null || input.customExcerpt().isBlank()
                ? null : input.customExcerpt().strip();
        max(errors, "customExcerpt", excerpt, MAX_EXCERPT);
        Seo seo = input.seo();
        max(errors, "seo.title", seo.title(), MAX_TITLE);
        max(errors, "seo.description", seo.description(), MAX_SEO_DESCRIPTION);
        max(errors, "seo.focusKeyphrase", seo.focusKeyphrase(), MAX_AUTHOR);
        customFields(errors, input.customFields());
        if (!errors.isEmpty()) {
            throw new InvalidPostException(errors);
        }
        return new ValidInput(title, input.body(), tags, author, slug, excerpt, seo, input.customFields());
    }

    /** A tag as stored: trimmed, inner whitespace collapsed to one space, lower case. */
    static String normalizeTag(String tag) {
        return WHITESPACE.matcher(tag.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static List<String> tags(Map<String, List<String>> errors, List<String> raw) {
        if (raw.size() > MAX_TAGS) {
            add(errors, "tags", "at most " + MAX_TAGS + " tags are allowed but " + raw.size() + " were given");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String tag = raw.get(i) == null ? "" : normalizeTag(raw.get(i));
            if (tag.codePointCount(0, tag.length()) > MAX_TAG || !TAG.matcher(tag).matches()) {
                add(errors, "tags[" + i + "]", "'" + raw.get(i) + "' is not a valid tag: use 1 to " + MAX_TAG
                        + " letters, digits, spaces, '-' or '_', starting with a letter or digit");
            } else {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    private static void customFields(Map<String, List<String>> errors, Map<String, String> fields) {
        if (fields.size() > MAX_CUSTOM_FIELDS) {
            add(errors, "customFields", "at most " + MAX_CUSTOM_FIELDS + " custom fields are allowed but "
                    + fields.size() + " were given");
        }
        fields.forEach((key, value) -> {
            if (!FIELD_KEY.matcher(key).matches()) {
                add(errors, "customFields." + key, "the key must start with a letter and hold at most 64 letters, "
                        + "digits, '.', '-' or '_'");
            }
            max(errors, "customFields." + key, value, MAX_CUSTOM_VALUE);
        });
    }

    private static String required(Map<String, List<String>> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(errors, field, "must not be blank");
            return null;
        }
        String stripped = value.strip();
        max(errors, field, stripped, max);
        return stripped;
    }

    private static void max(Map<String, List<String>> errors, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(errors, field, "must be at most " + max + " characters but has "
                    + value.codePointCount(0, value.length()));
        }
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
