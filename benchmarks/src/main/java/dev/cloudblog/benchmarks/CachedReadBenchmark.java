package dev.cloudblog.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.core.CloudBlog;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A read of a published post by slug through the blog, served from its cache, against a bare
 * Caffeine lookup of the same posts under the same keys: the ratio is what the blog's read path
 * (metrics, slug resolution, the cache abstraction) costs on top of the cache itself.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CachedReadBenchmark {

    @Param("1000")
    int posts;

    private Blog blog;
    private String[] slugs;
    private Cache<String, Post> caffeine;

    @Setup
    public void open() {
        blog = CloudBlog.builder().property("blog.scheduler.enabled", "false")
                .property("blog.anchor.providers", "local").property("blog.analysis.providers", "rules").build();
        caffeine = Caffeine.newBuilder().maximumSize(10_000).recordStats().build();
        slugs = new String[posts];
        for (int i = 0; i < posts; i++) {
            Post draft = blog.posts().create(PostInput.builder().title("Benchmark post " + i).author("bench")
                    .tags("jmh").body("Some *Markdown* body for post " + i + ".").build());
            Post post = blog.posts().publish(draft.id(), draft.version());
            slugs[i] = post.slug();
            caffeine.put("slug:" + post.slug(), post);
            blog.posts().findBySlug(post.slug());
        }
    }

    @TearDown
    public void close() {
        blog.close();
    }

    /** Each thread walks the slugs in its own order. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next(int bound) {
            next = next + 1 == bound ? 0 : next + 1;
            return next;
        }
    }

    @Benchmark
    public Optional<SlugResolution> cachedReadBySlug(Cursor cursor) {
        return blog.posts().findBySlug(slugs[cursor.next(posts)]);
    }

    @Benchmark
    public Post rawCaffeineGet(Cursor cursor) {
        return caffeine.getIfPresent("slug:" + slugs[cursor.next(posts)]);
    }
}
