package dev.cloudblog.examples.verifier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudblog.api.verification.RevisionContent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON form of a revision's proven content, the file the verifier reads beside the proof. It
 * is an object with exactly the members of the canonical form that the revision log hashes (see
 * {@code dev.cloudblog.core.verification.CanonicalRevision}), under the same names:
 *
 * <pre>
 * {"author":"ada","body":"# Hi","id":"…","publishedAt":"2030-01-01T09:00:00Z","revision":2,
 *  "slug":"hi","status":"PUBLISHED","tags":["java","jvm"],"title":"Hi"}
 * </pre>
 *
 * Every member is required and no other is allowed. {@code revision} is a whole number, {@code tags}
 * an array of strings, {@code publishedAt} an ISO-8601 instant such as {@code 2030-01-01T09:00:00Z}
 * or {@code null}, every other member a string. Strings are taken exactly as written: no trimming and
 * no Unicode normalization, since the leaf hash covers them byte for byte.
 *
 * <p>{@link #write(RevisionContent)} writes the members in that (sorted) order, indented, with every
 * UTF-16 surrogate escaped as {@code \}{@code uXXXX}, so that the text encodes to UTF-8 whatever the
 * strings hold and {@link #read(String)} gives back an equal content. Thread-safe.
 */
public final class ContentJson {

    /** The members of the content object, sorted. */
    private static final List<String> MEMBERS = List.of(
            "author", "body", "id", "publishedAt", "revision", "slug", "status", "tags", "title");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter().with(new SurrogateEscapes());

    private ContentJson() {
    }

    /**
     * The JSON text of a revision's content.
     *
     * @param content the content, such as {@code RevisionContent.of(blog.posts().revision(id, number))}
     * @return the JSON object described above
     */
    public static String write(RevisionContent content) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("author", content.author())
                .put("body", content.body())
                .put("id", content.postId())
                .put("publishedAt", content.publishedAt() == null ? null : content.publishedAt().toString())
                .put("revision", content.revision())
                .put("slug", content.slug())
                .put("status", content.status());
        ArrayNode tags = json.putArray("tags");
        content.tags().forEach(tags::add);
        json.put("title", content.title());
        try {
            return WRITER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /**
     * Reads a revision's content.
     *
     * @param text the JSON object described above
     * @return the content it holds
     * @throws IllegalArgumentException if the text is not one JSON object, lacks a member, has a member
     *         not listed above or twice, or has a member of the wrong type; the message names the member
     */
    public static RevisionContent read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the content is not JSON: " + e.getOriginalMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the content must be a JSON object with the members " + memberList());
        }
        Set<String> unknown = new TreeSet<>();
        json.fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(MEMBERS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the content has the unknown member(s) " + unknown
                    + "; its members are exactly " + memberList());
        }
        Set<String> missing = new TreeSet<>(MEMBERS);
        json.fieldNames().forEachRemaining(missing::remove);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the content lacks the member(s) " + missing
                    + "; its members are exactly " + memberList());
        }
        return new RevisionContent(string(json, "id"), revision(json), string(json, "slug"), string(json, "title"),
                string(json, "body"), tags(json), string(json, "author"), string(json, "status"), publishedAt(json));
    }

    private static String memberList() {
        return String.join(", ", MEMBERS);
    }

    private static String string(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the content's '" + name + "' must be a string, not " + value);
        }
        return value.textValue();
    }

    private static long revision(JsonNode json) {
        JsonNode value = json.get("revision");
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("the content's 'revision' must be a whole number, not " + value);
        }
        return value.asLong();
    }

    private static List<String> tags(JsonNode json) {
        JsonNode value = json.get("tags");
        if (!value.isArray()) {
            throw new IllegalArgumentException("the content's 'tags' must be an array of strings, not " + value);
        }
        List<String> tags = new ArrayList<>();
        for (Iterator<JsonNode> elements = value.elements(); elements.hasNext(); ) {
            JsonNode tag = elements.next();
            if (!tag.isTextual()) {
                throw new IllegalArgumentException("the content's 'tags' must hold strings only, not " + tag);
            }
            tags.add(tag.textValue());
        }
        return tags;
    }

    private static Instant publishedAt(JsonNode json) {
        JsonNode value = json.get("publishedAt");
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the content's 'publishedAt' must be an ISO-8601 instant or null, not "
                    + value);
        }
        try {
            return Instant.parse(value.textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the content's 'publishedAt' must be an ISO-8601 instant such as "
                    + "2030-01-01T09:00:00Z or null, not \"" + value.textValue() + "\"", e);
        }
    }

    /** JSON's standard escapes, and every surrogate as {@code \}{@code uXXXX}. */
    private static final class SurrogateEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
