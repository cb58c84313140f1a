package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.VerificationResult;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Proofs that content was not altered: the proof of a revision together with the content it
 * covers, a check of any such pair, the latest signed checkpoint, the public key and, for admins,
 * an audit of the whole log against the store.
 */
final class VerificationRoutes {

    private final Blog blog;
    private final Exchanges http;
    private final PostRoutes posts;

    VerificationRoutes(Blog blog, Exchanges http, PostRoutes posts) {
        this.blog = blog;
        this.http = http;
        this.posts = posts;
    }

    void register(RoutesConfig routes) {
        routes.get(PostRoutes.BASE + "/{id}/revisions/{number}/proof", this::proof);
        routes.post("/api/v1/verify", this::verify);
        routes.get("/api/v1/verification/checkpoint", ctx -> read(ctx, blog.verification().checkpoint()));
        routes.get("/api/v1/verification/key", ctx -> read(ctx, blog.verification().key()));
        routes.get("/api/v1/verification/audit", this::audit);
    }

    private void proof(Context ctx) {
        QueryParameters.of(ctx);
        String id = posts.visible(ctx, ctx.pathParam("id")).id();
        long number = PostRoutes.revisionNumber(ctx);
        ContentProof proof = blog.verification().prove(id, number);
        RevisionContent content = RevisionContent.of(blog.posts().revision(id, number));
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, new Proven(content, proof));
    }

    private void verify(Context ctx) {
        QueryParameters.of(ctx);
        Proven proven = http.body(ctx, Proven.class);
        if (proven.content() == null || proven.proof() == null) {
            throw ApiProblem.badRequest("the body needs both 'content' and 'proof', as GET .../proof returns them");
        }
        VerificationResult result = blog.verification().verify(proven.content(), proven.proof());
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, new Verdict(result.valid(), result.failure() == null ? null : result.failure().name(),
                result.detail()));
    }

    private void audit(Context ctx) {
        http.require(ctx, Role.ADMIN);
        QueryParameters.of(ctx);
        read(ctx, blog.verification().audit());
    }

    private void read(Context ctx, Object value) {
        QueryParameters.of(ctx);
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, value);
    }

    /** A revision's content and its proof, as the proof route returns them and the verify route takes them. */
    record Proven(RevisionContent content, ContentProof proof) {
    }

    /** The outcome of a check: valid, or the failure and what it found. */
    record Verdict(boolean valid, String failure, String detail) {
    }
}
