package dev.cloudblog.examples.server;

import dev.cloudblog.api.CapabilityUnavailableException;
import dev.cloudblog.api.IllegalStatusTransitionException;
import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.ProofUnavailableException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as an RFC 9457 {@code application/problem+json} response: the blog's exceptions
 * map to their statuses (unknown post 404, invalid post 422 with the errors per field, illegal
 * status change 409, stale version 412 with the current version, bad query 400), the HTTP layer's
 * own (unknown route 404, wrong method 405, body too large 413) keep theirs, and anything else is a
 * 500 whose detail is only a reference to the log entry that holds the cause: no stack trace or
 * internal message reaches the client.
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final ApiJson json;
    private final long maxBodyBytes;

    ProblemResponses(ApiJson json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void handle(Exception failure, Context ctx) {
        ApiProblem problem = problem(failure);
        problem.headers().forEach(ctx::header);
        ctx.header("Cache-Control", "no-store");
        ctx.status(problem.status()).contentType(PROBLEM_JSON).result(json.bytes(problem.body(ctx.path())));
    }

    private ApiProblem problem(Exception failure) {
        if (failure instanceof ApiProblem problem) {
            return problem;
        }
        if (failure instanceof PostNotFoundException notFound) {
            return new ApiProblem(404, "post-not-found", "No such post", notFound.getMessage());
        }
        if (failure instanceof PostConflictException conflict) {
            return new ApiProblem(412, "version-conflict", "The post changed", conflict.getMessage(),
                    Map.of("postId", conflict.postId(), "expectedVersion", conflict.expectedVersion(),
                            "currentVersion", conflict.actualVersion()),
                    Map.of("ETag", Exchanges.etag(conflict.actualVersion())));
        }
        if (failure instanceof IllegalStatusTransitionException transition) {
            return new ApiProblem(409, "illegal-transition", "Status change not allowed", transition.getMessage(),
                    Map.of("from", transition.from(), "to", transition.to(), "errors", transition.errors()), Map.of());
        }
        if (failure instanceof InvalidPostException invalid) {
            return new ApiProblem(422, "invalid-post", "The post is not valid", invalid.getMessage(),
                    Map.of("errors", invalid.errors()), Map.of());
        }
        if (failure instanceof InvalidQueryException query) {
            return new ApiProblem(400, "invalid-query", "The query is not valid", query.getMessage(),
                    query.position().isPresent() ? Map.of("position", query.position().getAsInt()) : Map.of(), Map.of());
        }
        if (failure instanceof ProofUnavailableException unavailable) {
            return new ApiProblem(409, "proof-unavailable", "No proof yet", unavailable.getMessage());
        }
        if (failure instanceof CapabilityUnavailableException unavailable) {
            return new ApiProblem(501, "capability-unavailable", "Not available here", unavailable.getMessage());
        }
        if (failure instanceof HttpResponseException http && http.getStatus() >= 400) {
            return fromHttpLayer(http);
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Request failed; reference {}", reference, failure);
        return new ApiProblem(500, "internal-error", "Internal error",
                "the server failed to answer; the log holds the cause under reference " + reference,
                Map.of("reference", reference), Map.of());
    }

    private ApiProblem fromHttpLayer(HttpResponseException http) {
        return switch (http.getStatus()) {
            case 404 -> ApiProblem.notFound("no route matches: " + http.getMessage());
            case 405 -> new ApiProblem(405, "method-not-allowed", "Method not allowed", http.getMessage());
            case 413 -> new ApiProblem(413, "content-too-large", "Request body too large",
                    "a request body may have at most " + maxBodyBytes + " bytes");
            case 415 -> new ApiProblem(415, "unsupported-media-type", "Unsupported media type", http.getMessage());
            default -> new ApiProblem(http.getStatus(), "http-" + http.getStatus(), "Request refused", http.getMessage());
        };
    }
}
