package dev.cloudblog.core.verification;

import dev.cloudblog.api.verification.RevisionContent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The canonical bytes of a revision, which the revision log hashes: a JSON object with exactly
 * these keys in this (sorted) order, no white space, UTF-8, every string exactly as stored (no
 * Unicode normalization, whose results differ between Unicode versions and so between JDKs):
 *
 * <pre>
 * {"author":"ada","body":"# Hi","id":"…","publishedAt":"2030-01-01T09:00:00Z","revision":2,
 *  "slug":"hi","status":"PUBLISHED","tags":["java","jvm"],"title":"Hi"}
 * </pre>
 *
 * {@code publishedAt} is an ISO-8601 UTC instant with the fraction digits {@link java.time.Instant#toString()}
 * prints, or {@code null}. In strings, {@code "} and {@code \} are escaped with a backslash, the
 * control characters U+0000 to U+001F as {@code \b \t \n \f \r} or {@code \}{@code u00XX}, and
 * a lone surrogate (which has no UTF-8 form) as {@code \}{@code uXXXX}; every other character is
 * written as itself. Distinct strings therefore always give distinct bytes. The deletion of a post is logged as
 * {@code {"deleted":true,"id":"…","revision":N}} with N the version deleted.
 *
 * <p>The format is part of the proof contract: anyone holding a revision's content can recompute
 * these bytes and its leaf hash, so it never changes.
 */
public final class CanonicalRevision {

    private CanonicalRevision() {
    }

    /** The canonical bytes of a revision's content. */
    public static byte[] bytes(RevisionContent content) {
        StringBuilder json = new StringBuilder(content.body().length() + 256).append('{');
        field(json, "author").append(string(content.author())).append(',');
        field(json, "body").append(string(content.body())).append(',');
        field(json, "id").append(string(content.postId())).append(',');
        field(json, "publishedAt")
                .append(content.publishedAt() == null ? "null" : string(content.publishedAt().toString())).append(',');
        field(json, "revision").append(content.revision()).append(',');
        field(json, "slug").append(string(content.slug())).append(',');
        field(json, "status").append(string(content.status())).append(',');
        field(json, "tags").append(array(content.tags())).append(',');
        field(json, "title").append(string(content.title()));
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical bytes of a post's deletion at {@code version}. */
    public static byte[] deletion(String postId, long version) {
        return ("{\"deleted\":true,\"id\":" + string(postId) + ",\"revision\":" + version + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder json, String name) {
        return json.append('"').append(name).append("\":");
    }

    private static String array(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ",").append(string(values.get(i)));
        }
        return json.append(']').toString();
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static String string(String value) {
        String text = value;
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
