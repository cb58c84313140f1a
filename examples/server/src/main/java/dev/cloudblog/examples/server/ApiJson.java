package dev.cloudblog.examples.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The API's JSON: ISO-8601 instants and durations, absent values left out; reading is strict
 * (unknown fields, a number where text belongs, text where a number belongs, trailing content and
 * nulls for required numbers are refused) and every refusal is an {@link ApiProblem} 400 naming
 * the field and what was expected. Thread-safe.
 */
final class ApiJson implements io.javalin.json.JsonMapper {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    ApiJson() {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /** The value as UTF-8 JSON. */
    byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a request body.
     *
     * @throws ApiProblem 400 if it is empty, not JSON, or not of the expected shape
     */
    <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiProblem.badRequest("the request needs a JSON body");
        }
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    private static ApiProblem refusal(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiProblem.badRequest("unknown field '" + path(unknown) + "'; the known fields are "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException invalid) {
            return ApiProblem.badRequest("field '" + path(invalid) + "' cannot be " + invalid.getValue() + ": expected "
                    + describe(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return ApiProblem.badRequest("field '" + path(mismatched) + "' has the wrong type: expected "
                    + describe(mismatched.getTargetType()));
        }
        if (e instanceof JsonParseException parse) {
            return ApiProblem.badRequest("malformed JSON at line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ": " + parse.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getOriginalMessage().startsWith("Trailing token")) {
            return ApiProblem.badRequest("the body has more content after its JSON value");
        }
        if (e instanceof JsonMappingException) {
            return ApiProblem.badRequest("the body must be a JSON object");
        }
        return ApiProblem.badRequest("the body cannot be read");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2030-01-31T09:00:00Z";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
            return "an integer";
        }
        return type.isRecord() ? "an object" : type.getSimpleName();
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        try {
            return mapper.writerFor(mapper.constructType(type)).writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + obj.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (IOException e) {
            throw refusal(e);
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (IOException e) {
            throw refusal(e);
        }
    }
}
