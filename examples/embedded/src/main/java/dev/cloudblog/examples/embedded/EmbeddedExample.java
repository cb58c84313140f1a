package dev.cloudblog.examples.embedded;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.core.CloudBlog;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;

/**
 * Opens a blog on its defaults, with the {@code lucene} search index in memory, writes a post
 * through its lifecycle and shows what the blog kept and what a search finds.
 */
public final class EmbeddedExample {

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (Blog blog = CloudBlog.builder().meterRegistry(metrics)
                .property("blog.lucene.in-memory", "true")
                .property("blog.search.read-your-writes", "true")
                .build()) {
            Post draft = blog.posts().create(PostInput.builder()
                    .title("Crème Brûlée à la carte!").author("ada").tags("Dessert", "French")
                    .body("# Crème brûlée\n\nA custard base topped with *caramelised* sugar.").build());
            out.printf("created  %s as draft v%d%n", draft.slug(), draft.version());

            Post published = blog.posts().publish(draft.id(), draft.version());
            out.printf("published at %s: %s%n", published.publishedAt(), published.html());

            Post renamed = blog.posts().update(published.id(), published.version(),
                    PostInput.from(published).title("Burnt cream").slug("burnt-cream").build());
            out.printf("renamed  to %s v%d%n", renamed.slug(), renamed.version());

            SlugResolution old = blog.posts().findBySlug("creme-brulee-a-la-carte").orElseThrow();
            out.printf("old slug %s -> %s (moved: %s)%n", old.requestedSlug(), old.post().slug(), old.moved());
            for (int read = 0; read < 3; read++) {
                blog.posts().findBySlug(renamed.slug()).orElseThrow();
            }

            out.println("history:");
            for (Revision revision : blog.posts().history(draft.id())) {
                out.printf("  r%d %-9s %s \"%s\"%n", revision.number(), revision.action(), revision.savedAt(),
                        revision.snapshot().title());
            }
            blog.posts().diff(draft.id(), 1, renamed.version()).fieldChanges()
                    .forEach(change -> out.printf("  changed %s: %s -> %s%n", change.field(), change.before(),
                            change.after()));
            SearchResults found = blog.search().search(SearchQuery.of("caramelized custard"));
            found.hits().forEach(hit -> out.printf("search   %s (%.2f): %s%n", hit.slug(), hit.score(),
                    String.join(" … ", hit.highlights())));
            out.printf("suggest  \"bur\" -> %s%n", blog.search().suggest("bur", 5));
            out.println("metrics:");
            metrics.find("blog.operations").timers().forEach(timer -> out.printf("  %-40s count=%d mean=%.3f ms%n",
                    label(timer), timer.count(), timer.mean(TimeUnit.MILLISECONDS)));
            out.printf("  blog.cache.hits=%.0f blog.cache.misses=%.0f%n",
                    metrics.get("blog.cache.hits").functionCounter().count(),
                    metrics.get("blog.cache.misses").functionCounter().count());
        }
    }

    private static String label(Timer timer) {
        return timer.getId().getName() + "{" + timer.getId().getTag("operation") + "," + timer.getId().getTag("outcome") + "}";
    }
}
