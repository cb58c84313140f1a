package dev.cloudblog.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.Seo;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON forms of events, posts, SEO metadata and custom fields, for providers that keep or send
 * them (a database column, a cache entry, a message). Instants and durations are
 * ISO-8601 strings, exact to the nanosecond; events carry their kind in a {@code type} property
 * ({@code Created}, {@code Updated}, {@code StatusChanged}, {@code Restored}, {@code Deleted});
 * derived properties such as an event's {@code slugs} are written but ignored on reading. The API
 * records carry no annotations: mixins supply them. Writing fails with an
 * {@link IllegalArgumentException} and reading text that is not such a form with an
 * {@link IllegalStateException}, each saying what could not be written or read. Thread-safe.
 */
public final class BlogJson {

    private static final TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(BlogEvent.class, BlogEventMixin.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
            .build();

    public String event(BlogEvent event) {
        return write(event, mapper.writerFor(BlogEvent.class));
    }

    public BlogEvent event(String json) {
        return read(json, BlogEvent.class);
    }

    public String post(Post post) {
        return write(post, mapper.writerFor(Post.class));
    }

    public Post post(String json) {
        return read(json, Post.class);
    }

    public String seo(Seo seo) {
        return write(seo, mapper.writerFor(Seo.class));
    }

    public Seo seo(String json) {
        return read(json, Seo.class);
    }

    public String fields(Map<String, String> fields) {
        return write(new TreeMap<>(fields), mapper.writerFor(FIELDS));
    }

    public Map<String, String> fields(String json) {
        try {
            return mapper.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable custom fields: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value, ObjectWriter writer) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = PostEvent.Created.class, name = "Created"),
            @JsonSubTypes.Type(value = PostEvent.Updated.class, name = "Updated"),
            @JsonSubTypes.Type(value = PostEvent.StatusChanged.class, name = "StatusChanged"),
            @JsonSubTypes.Type(value = PostEvent.Restored.class, name = "Restored"),
            @JsonSubTypes.Type(value = PostEvent.Deleted.class, name = "Deleted")})
    private interface BlogEventMixin {
    }
}
