package dev.cloudblog.examples.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What every route does with a request and its response: who the caller is and whether they may
 * go on, the version a write names in {@code If-Match}, the JSON body, and responses with their
 * validators and cache headers. Thread-safe.
 */
final class Exchanges {

    static final String JSON = "application/json";
    static final String CALLER = "cloudblog.caller";

    private final ApiJson json;
    private final String publicCacheControl;

    Exchanges(ApiJson json, Duration publicMaxAge) {
        this.json = json;
        long seconds = publicMaxAge.toSeconds();
        this.publicCacheControl = "public, max-age=" + seconds + ", s-maxage=" + seconds
                + ", stale-while-revalidate=" + seconds;
    }

    ApiJson json() {
        return json;
    }

    Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller != null ? caller : Caller.ANONYMOUS;
    }

    /**
     * The caller, who must hold the role.
     *
     * @throws ApiProblem 401 without a token, 403 with too small a role
     */
    Caller require(Context ctx, Role role) {
        Caller caller = caller(ctx);
        if (caller.anonymous()) {
            throw ApiProblem.unauthorized("this route needs an access token with role " + role.name().toLowerCase(Locale.ROOT)
                    + " or above: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token");
        }
        if (!caller.has(role)) {
            throw ApiProblem.forbidden(caller.name() + " is " + caller.role().name().toLowerCase(Locale.ROOT)
                    + " but this route needs " + role.name().toLowerCase(Locale.ROOT) + " or above");
        }
        return caller;
    }

    /**
     * The version named by {@code If-Match}, as {@code "7"}.
     *
     * @throws ApiProblem 428 when the header is missing, 400 when it names no single version
     */
    long ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new ApiProblem(428, "precondition-required", "If-Match required",
                    "a write must send If-Match with the ETag of the version it changes, e.g. If-Match: \"3\"");
        }
        String value = header.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ApiProblem.badRequest("If-Match must be one post ETag such as \"3\", not " + header);
    }

    /**
     * The request's JSON body.
     *
     * @throws ApiProblem 415 unless the body is {@code application/json}, 400 if it cannot be read as the type
     */
    <T> T body(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(JSON)) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "the body must be application/json, not " + (contentType == null ? "untyped" : contentType),
                    Map.of(), Map.of("Accept-Post", JSON));
        }
        return json.read(ctx.bodyAsBytes(), type);
    }

    void json(Context ctx, int status, Object value) {
        json(ctx, status, json.bytes(value));
    }

    void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType(JSON).result(body);
    }

    /** The ETag of a post version. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Whether {@code If-None-Match} names the ETag, so a 304 answers the request. */
    static boolean notModified(Context ctx, String etag) {
        String header = ctx.header("If-None-Match");
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.startsWith("W/") && tag.substring(2).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Validators and cache headers of a GET: anonymous callers get a response shared caches may
     * keep, with the surrogate keys naming what it shows (space-separated) so a CDN can purge
     * exactly that; signed-in
     * callers get a private one. Answers 304 and returns true when the client's copy is current.
     */
    boolean cacheable(Context ctx, String etag, String surrogateKey) {
        ctx.header("ETag", etag);
        ctx.header("Vary", "Authorization");
        if (caller(ctx).anonymous()) {
            ctx.header("Cache-Control", publicCacheControl);
            ctx.header("Surrogate-Key", surrogateKey);
        } else {
            ctx.header("Cache-Control", "private, no-cache");
        }
        if (notModified(ctx, etag)) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    /** Marks a response that no cache may keep. */
    static void uncacheable(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
