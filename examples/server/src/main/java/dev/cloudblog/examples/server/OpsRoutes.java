package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.PostQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What operators and tools read: liveness (the process answers), readiness (started, not
 * draining, and the store answers), Prometheus metrics and the OpenAPI description of every route.
 */
final class OpsRoutes {

    static final String LIVE = "/api/v1/health/live";
    static final String READY = "/api/v1/health/ready";

    private final Blog blog;
    private final Exchanges http;
    private final PrometheusMeterRegistry metrics;
    private final BooleanSupplier accepting;
    private final byte[] openApi;

    OpsRoutes(Blog blog, Exchanges http, PrometheusMeterRegistry metrics, BooleanSupplier accepting) {
        this.blog = blog;
        this.http = http;
        this.metrics = metrics;
        this.accepting = accepting;
        try (InputStream document = OpsRoutes.class.getResourceAsStream("/openapi.json")) {
            if (document == null) {
                throw new IllegalStateException("openapi.json is missing from the server's resources");
            }
            this.openApi = document.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(RoutesConfig routes) {
        routes.get(LIVE, ctx -> status(ctx, Map.of("status", "UP")));
        routes.get(READY, this::ready);
        routes.get("/metrics", ctx -> {
            QueryParameters.of(ctx);
            Exchanges.uncacheable(ctx);
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
        });
        routes.get("/openapi.json", ctx -> {
            QueryParameters.of(ctx);
            http.json(ctx, 200, openApi);
        });
    }

    private void ready(Context ctx) {
        QueryParameters.of(ctx);
        if (!accepting.getAsBoolean()) {
            throw new ApiProblem(503, "not-ready", "Not ready", "the server is starting or shutting down",
                    Map.of(), Map.of("Retry-After", "5"));
        }
        try {
            blog.posts().list(PostQuery.builder().limit(1).build());
        } catch (RuntimeException e) {
            throw new ApiProblem(503, "not-ready", "Not ready", "the post store does not answer: "
                    + e.getClass().getSimpleName(), Map.of("checks", Map.of("store", "DOWN")), Map.of("Retry-After", "5"));
        }
        status(ctx, Map.of("status", "UP", "checks", Map.of("store", "UP")));
    }

    private void status(Context ctx, Map<String, Object> body) {
        QueryParameters.of(ctx);
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, body);
    }
}
