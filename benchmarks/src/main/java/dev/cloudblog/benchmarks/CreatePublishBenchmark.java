package dev.cloudblog.benchmarks;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating a draft and publishing it on the memory store: validation, Markdown rendering and
 * sanitizing, slug allocation, two revisions, two outbox events and their relay. A fresh blog per
 * iteration keeps the heap from growing across the run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CreatePublishBenchmark {

    private static final String BODY = """
            # A post worth reading

            Some *Markdown* with a [link](https://example.org), a list:

            - one
            - two

            and a paragraph long enough to give the excerpt and the reading time something to count.
            """;

    private Blog blog;

    @Setup(Level.Iteration)
    public void open() {
        blog = CloudBlog.builder().property("blog.scheduler.enabled", "false")
                .property("blog.anchor.providers", "local").property("blog.analysis.providers", "rules").build();
    }

    @TearDown(Level.Iteration)
    public void close() {
        blog.close();
    }

    @Benchmark
    public Post createAndPublish() {
        Post draft = blog.posts().create(PostInput.builder().title("Benchmark post").author("bench")
                .tags("jmh", "java").body(BODY).build());
        return blog.posts().publish(draft.id(), draft.version());
    }
}
