package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Page;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostQuery;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.RevisionAction;
import dev.cloudblog.api.post.SlugResolution;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The posts under {@code /api/v1/posts}: listing, reading by id and by slug, writing with
 * {@code If-Match}, the lifecycle, revisions, diffs and restore. Published posts are public;
 * other statuses are visible to readers and above, and unknown to everyone else. Listings show
 * published posts unless a reader names other statuses.
 */
final class PostRoutes {

    static final String BASE = "/api/v1/posts";

    private final Blog blog;
    private final Exchanges http;
    private final ResponseCache cache;
    private final RateLimiter writes;

    PostRoutes(Blog blog, Exchanges http, ResponseCache cache, RateLimiter writes) {
        this.blog = blog;
        this.http = http;
        this.cache = cache;
        this.writes = writes;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE + "/by-slug/{slug}", this::bySlug);
        routes.get(BASE + "/{id}", this::read);
        routes.get(BASE, this::list);
        routes.post(BASE, this::create);
        routes.put(BASE + "/{id}", this::replace);
        routes.delete(BASE + "/{id}", this::delete);
        routes.post(BASE + "/{id}/publish", ctx -> transition(ctx, (id, version) -> blog.posts().publish(id, version)));
        routes.post(BASE + "/{id}/unpublish", ctx -> transition(ctx, (id, version) -> blog.posts().unpublish(id, version)));
        routes.post(BASE + "/{id}/archive", ctx -> transition(ctx, (id, version) -> blog.posts().archive(id, version)));
        routes.post(BASE + "/{id}/schedule", this::schedule);
        routes.get(BASE + "/{id}/revisions", this::revisions);
        routes.get(BASE + "/{id}/revisions/{number}", this::revision);
        routes.post(BASE + "/{id}/revisions/{number}/restore", this::restore);
        routes.get(BASE + "/{id}/diff", this::diff);
    }

    /** The post if the caller may see it. */
    Post visible(Context ctx, String id) {
        Post post = blog.posts().get(id).orElseThrow(() -> PostNotFoundException.forId(id));
        if (!post.isPublished() && !http.caller(ctx).has(Role.READER)) {
            throw PostNotFoundException.forId(id);
        }
        return post;
    }

    private void list(Context ctx) {
        QueryParameters query = QueryParameters.of(ctx, "status", "tag", "author", "sort", "limit", "cursor",
                "publishedFrom", "publishedBefore");
        Set<PostStatus> statuses = query.enumSet("status", PostStatus.class);
        Caller caller = http.caller(ctx);
        if (!caller.has(Role.READER) && !statuses.isEmpty() && !statuses.equals(Set.of(PostStatus.PUBLISHED))) {
            throw ApiProblem.forbidden("only readers and above list posts that are not published; asked for " + statuses);
        }
        PostQuery.Builder builder = PostQuery.builder()
                .tag(query.text("tag")).author(query.text("author"))
                .sort(query.enumValue("sort", PostSort.class, PostSort.NEWEST))
                .limit(query.integer("limit", PostQuery.DEFAULT_LIMIT, 1, PostQuery.MAX_LIMIT))
                .cursor(query.text("cursor"))
                .publishedBetween(query.instant("publishedFrom"), query.instant("publishedBefore"));
        builder.status((statuses.isEmpty() ? Set.of(PostStatus.PUBLISHED) : statuses).toArray(PostStatus[]::new));
        PostQuery postQuery = builder.build();
        Function<PostQuery, ResponseCache.Rendered> render = q -> {
            Page<Post> page = blog.posts().list(q);
            List<String> keys = new ArrayList<>(List.of("posts"));
            page.items().forEach(post -> keys.add("post-" + post.id()));
            return ResponseCache.Rendered.of(http.json().bytes(new Listing<>(
                    page.items().stream().map(PostSummary::of).toList(), page.nextCursor())), keys);
        };
        ResponseCache.Rendered rendered = caller.anonymous()
                ? cache.page("list?" + ctx.queryString(), () -> render.apply(postQuery))
                : render.apply(postQuery);
        if (!http.cacheable(ctx, rendered.etag(), rendered.surrogateKey())) {
            http.json(ctx, 200, rendered.body());
        }
    }

    private void create(Context ctx) {
        Caller caller = writer(ctx);
        QueryParameters.of(ctx);
        PostRequest request = http.body(ctx, PostRequest.class);
        Post post = blog.posts().create(request.toInput(authorFor(caller, request.author(), caller.name())));
        ctx.header("Location", BASE + "/" + post.id());
        written(ctx, 201, post);
    }

    private void read(Context ctx) {
        QueryParameters.of(ctx);
        respond(ctx, visible(ctx, ctx.pathParam("id")));
    }

    private void bySlug(Context ctx) {
        QueryParameters.of(ctx);
        String slug = ctx.pathParam("slug");
        SlugResolution resolution = blog.posts().findBySlug(slug)
                .filter(found -> found.post().isPublished() || http.caller(ctx).has(Role.READER))
                .orElseThrow(() -> new PostNotFoundException(slug, "no post has slug '" + slug + "'"));
        Post post = resolution.post();
        if (resolution.moved()) {
            String location = BASE + "/by-slug/" + URLEncoder.encode(post.slug(), StandardCharsets.UTF_8);
            http.cacheable(ctx, Exchanges.etag(post.version()), rendered(post).surrogateKey());
            ctx.status(301).header("Location", location);
            return;
        }
        respond(ctx, post);
    }

    private void replace(Context ctx) {
        Caller caller = writer(ctx);
        QueryParameters.of(ctx);
        PostRequest request = http.body(ctx, PostRequest.class);
        long version = http.ifMatch(ctx);
        Post current = editable(caller, ctx.pathParam("id"));
        Post post = blog.posts().update(current.id(), version,
                request.toInput(authorFor(caller, request.author(), current.author())));
        written(ctx, 200, post);
    }

    private void delete(Context ctx) {
        Caller caller = writer(ctx);
        QueryParameters.of(ctx);
        long version = http.ifMatch(ctx);
        Post current = editable(caller, ctx.pathParam("id"));
        blog.posts().delete(current.id(), version);
        Exchanges.uncacheable(ctx);
        ctx.status(204);
    }

    private void schedule(Context ctx) {
        Caller caller = writer(ctx);
        QueryParameters.of(ctx);
        ScheduleRequest request = http.body(ctx, ScheduleRequest.class);
        if (request.at() == null) {
            throw ApiProblem.badRequest("field 'at' is required: the instant to publish at, e.g. 2030-01-31T09:00:00Z");
        }
        long version = http.ifMatch(ctx);
        Post current = editable(caller, ctx.pathParam("id"));
        written(ctx, 200, blog.posts().schedule(current.id(), version, request.at()));
    }

    private void transition(Context ctx, Write write) {
        Caller caller = writer(ctx);
        QueryParameters.of(ctx);
        long version = http.ifMatch(ctx);
        Post current = editable(caller, ctx.pathParam("id"));
        written(ctx, 200, write.apply(current.id(), version));
    }

    private void revisions(Context ctx) {
        http.require(ctx, Role.READER);
        QueryParameters.of(ctx);
        List<RevisionSummary> revisions = blog.posts().history(ctx.pathParam("id")).stream()
                .map(RevisionSummary::of).toList();
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, new Listing<>(revisions, null));
    }

    private void revision(Context ctx) {
        http.require(ctx, Role.READER);
        QueryParameters.of(ctx);
        Revision revision = blog.posts().revision(ctx.pathParam("id"), revisionNumber(ctx));
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, revision);
    }

    private void restore(Context ctx) {
        Caller caller = writer(ctx);
        QueryParameters.of(ctx);
        long version = http.ifMatch(ctx);
        Post current = editable(caller, ctx.pathParam("id"));
        written(ctx, 200, blog.posts().restore(current.id(), revisionNumber(ctx), version));
    }

    private void diff(Context ctx) {
        http.require(ctx, Role.READER);
        QueryParameters query = QueryParameters.of(ctx, "from", "to");
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, blog.posts().diff(ctx.pathParam("id"), query.requiredLong("from"),
                query.requiredLong("to")));
    }

    private Caller writer(Context ctx) {
        Caller caller = http.require(ctx, Role.AUTHOR);
        writes.acquire(caller.name());
        return caller;
    }

    private Post editable(Caller caller, String id) {
        Post post = blog.posts().require(id);
        if (!caller.mayEdit(post.author())) {
            throw ApiProblem.forbidden(caller.name() + " is an author and may change only their own posts; this one is "
                    + post.author() + "'s");
        }
        return post;
    }

    private static String authorFor(Caller caller, String requested, String otherwise) {
        if (requested == null || requested.equals(otherwise)) {
            return otherwise;
        }
        if (!caller.has(Role.EDITOR)) {
            throw ApiProblem.forbidden("only editors and above write posts under another name; " + caller.name()
                    + " cannot make '" + requested + "' the author");
        }
        return requested;
    }

    /** The revision number in the path, as {@code {number}}. */
    static long revisionNumber(Context ctx) {
        String number = ctx.pathParam("number");
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("a revision number is an integer, not '" + number + "'");
        }
    }

    private void respond(Context ctx, Post post) {
        ResponseCache.Rendered rendered = rendered(post);
        if (!http.cacheable(ctx, rendered.etag(), rendered.surrogateKey())) {
            http.json(ctx, 200, rendered.body());
        }
    }

    private void written(Context ctx, int status, Post post) {
        ctx.header("ETag", Exchanges.etag(post.version()));
        Exchanges.uncacheable(ctx);
        http.json(ctx, status, rendered(post).body());
    }

    /** The post's JSON, ETag (its version) and surrogate keys (the post and its tags), made once per version. */
    private ResponseCache.Rendered rendered(Post post) {
        return cache.post(post, p -> {
            List<String> keys = new ArrayList<>(List.of("post-" + p.id()));
            p.tags().forEach(tag -> keys.add("tag-" + URLEncoder.encode(tag, StandardCharsets.UTF_8)));
            return new ResponseCache.Rendered(http.json().bytes(p), Exchanges.etag(p.version()), String.join(" ", keys));
        });
    }

    @FunctionalInterface
    private interface Write {
        Post apply(String id, long expectedVersion);
    }

    /** A page of items and the cursor of the next, absent on the last. */
    record Listing<T>(List<T> items, String nextCursor) {
    }

    /** The body of {@code POST /posts/{id}/schedule}. */
    record ScheduleRequest(Instant at) {
    }

    /** A revision in a post's history, without its content. */
    record RevisionSummary(long number, RevisionAction action, Instant savedAt, String title, String slug,
                           PostStatus status, String contentHash) {

        static RevisionSummary of(Revision revision) {
            Post snapshot = revision.snapshot();
            return new RevisionSummary(revision.number(), revision.action(), revision.savedAt(), snapshot.title(),
                    snapshot.slug(), snapshot.status(), snapshot.contentHash());
        }
    }
}
