package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.analysis.ContentReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Content analysis: the report of a stored post (readability, SEO, sentiment, suggested tags,
 * related posts, from every analyzer on the classpath) and of a draft that is not stored.
 */
final class AnalysisRoutes {

    private final Blog blog;
    private final Exchanges http;
    private final PostRoutes posts;
    private final RateLimiter writes;

    AnalysisRoutes(Blog blog, Exchanges http, PostRoutes posts, RateLimiter writes) {
        this.blog = blog;
        this.http = http;
        this.posts = posts;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.get(PostRoutes.BASE + "/{id}/analysis", this::ofPost);
        routes.post("/api/v1/analysis", this::ofDraft);
    }

    private void ofPost(Context ctx) {
        QueryParameters.of(ctx);
        ContentReport report = blog.analysis().analyze(posts.visible(ctx, ctx.pathParam("id")).id());
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, report);
    }

    private void ofDraft(Context ctx) {
        Caller caller = http.require(ctx, Role.AUTHOR);
        writes.acquire(caller.name());
        QueryParameters.of(ctx);
        PostRequest draft = http.body(ctx, PostRequest.class);
        ContentReport report = blog.analysis().analyze(draft.toInput(draft.author() != null ? draft.author() : caller.name()));
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, report);
    }
}
