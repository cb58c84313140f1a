package dev.cloudblog.examples.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A failed request as an RFC 9457 problem: thrown by handlers and written as
 * {@code application/problem+json} with the given status, a {@code type} of
 * {@code urn:cloudblog:problem:<kind>}, a title, a detail that says what was wrong, any extension
 * members and any response headers (such as {@code Retry-After}).
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;
    private final String title;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;

    ApiProblem(int status, String kind, String title, String detail) {
        this(status, kind, title, detail, Map.of(), Map.of());
    }

    ApiProblem(int status, String kind, String title, String detail, Map<String, ?> extensions,
               Map<String, String> headers) {
        super(Objects.requireNonNull(detail, "detail"));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "The request is malformed", detail);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "No such resource", detail);
    }

    static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Not allowed", detail);
    }

    static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "unauthorized", "Authentication required", detail, Map.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"cloudblog\""));
    }

    int status() {
        return status;
    }

    String type() {
        return "urn:cloudblog:problem:" + kind;
    }

    String title() {
        return title;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The problem's JSON members, in the order RFC 9457 lists them, then the extensions. */
    Map<String, Object> body(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        body.put("instance", instance);
        body.putAll(extensions);
        return body;
    }
}
