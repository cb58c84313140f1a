package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.api.search.SearchSort;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Full-text search with highlights and facets, title suggestions and related posts. Anonymous
 * callers search published posts; readers and above may ask for other statuses.
 */
final class SearchRoutes {

    private final Blog blog;
    private final Exchanges http;
    private final ResponseCache cache;
    private final PostRoutes posts;

    SearchRoutes(Blog blog, Exchanges http, ResponseCache cache, PostRoutes posts) {
        this.blog = blog;
        this.http = http;
        this.cache = cache;
        this.posts = posts;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/search", this::search);
        routes.get("/api/v1/search/suggest", this::suggest);
        routes.get(PostRoutes.BASE + "/{id}/related", this::related);
    }

    private void search(Context ctx) {
        QueryParameters query = QueryParameters.of(ctx, "q", "tag", "author", "status", "sort", "limit", "cursor",
                "highlight", "facets", "publishedFrom", "publishedBefore");
        Set<PostStatus> statuses = query.enumSet("status", PostStatus.class);
        boolean unpublished = !statuses.isEmpty() && !statuses.equals(Set.of(PostStatus.PUBLISHED));
        if (unpublished && !http.caller(ctx).has(Role.READER)) {
            throw ApiProblem.forbidden("only readers and above search posts that are not published; asked for " + statuses);
        }
        String tags = query.text("tag");
        SearchQuery search = SearchQuery.builder(query.requiredText("q"))
                .tag(tags == null ? new String[0] : tags.split(","))
                .author(query.text("author"))
                .status(statuses.toArray(PostStatus[]::new))
                .includeUnpublished(unpublished)
                .sort(query.enumValue("sort", SearchSort.class, SearchSort.RELEVANCE))
                .limit(query.integer("limit", SearchQuery.DEFAULT_LIMIT, 1, SearchQuery.MAX_LIMIT))
                .cursor(query.text("cursor"))
                .highlight(query.bool("highlight", true))
                .facets(query.bool("facets", false))
                .publishedBetween(query.instant("publishedFrom"), query.instant("publishedBefore"))
                .build();
        respond(ctx, "search?" + ctx.queryString(), () -> {
            SearchResults results = blog.search().search(search);
            return ResponseCache.Rendered.of(http.json().bytes(results), keys(results.hits()));
        });
    }

    private void suggest(Context ctx) {
        QueryParameters query = QueryParameters.of(ctx, "prefix", "limit");
        String prefix = query.requiredText("prefix");
        int limit = query.integer("limit", 5, 1, 20);
        respond(ctx, "suggest?" + ctx.queryString(), () -> ResponseCache.Rendered.of(
                http.json().bytes(new Suggestions(blog.search().suggest(prefix, limit))), List.of("posts")));
    }

    private void related(Context ctx) {
        QueryParameters query = QueryParameters.of(ctx, "limit");
        String id = posts.visible(ctx, ctx.pathParam("id")).id();
        int limit = query.integer("limit", 5, 1, 20);
        respond(ctx, "related/" + id + "?" + ctx.queryString(), () -> {
            List<SearchHit> hits = blog.search().related(id, limit);
            List<String> keys = keys(hits);
            keys.add("post-" + id);
            return ResponseCache.Rendered.of(http.json().bytes(new PostRoutes.Listing<>(hits, null)), keys);
        });
    }

    private void respond(Context ctx, String key, Supplier<ResponseCache.Rendered> compute) {
        ResponseCache.Rendered rendered = http.caller(ctx).anonymous() ? cache.page(key, compute) : compute.get();
        if (!http.cacheable(ctx, rendered.etag(), rendered.surrogateKey())) {
            http.json(ctx, 200, rendered.body());
        }
    }

    private static List<String> keys(List<SearchHit> hits) {
        List<String> keys = new ArrayList<>(List.of("posts"));
        hits.forEach(hit -> keys.add("post-" + hit.postId()));
        return keys;
    }

    /** Titles that complete a prefix. */
    record Suggestions(List<String> suggestions) {
    }
}
