package dev.cloudblog.providers.jpa;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.TestPosts;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The child JVM of {@link JpaCrashTest}: writes posts through a blog on the jpa store and prints
 * {@code ACK <postId> <version>} after each call returns; then saves posts straight through a
 * second store on the same database, with no relay to deliver their events, printing
 * {@code PENDING <postId>} for each, prints {@code READY} and sleeps until it is killed.
 *
 * <p>Arguments: the data directory, the JDBC URL, the number of blog writes, the number of pending posts.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        String url = args[1];
        int writes = Integer.parseInt(args[2]);
        int pending = Integer.parseInt(args[3]);
        PrintStream out = System.out;

        // Left open on purpose: the process is killed with the blog running.
        Blog blog = CloudBlog.builder().environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", dataDir)
                .property("blog.scheduler.enabled", "false")
                .property("blog.store.provider", "jpa")
                .property("blog.jpa.url", url)
                .property("blog.outbox.poll-interval", "PT1H")
                .build();
        for (int i = 0; i < writes; i++) {
            Post post = blog.posts().create(PostInput.builder().title("Crash post " + i).author("ada")
                    .body("Written before the crash, number " + i + ".").tags("crash").build());
            ack(out, post);
            if (i % 3 == 0) {
                post = blog.posts().publish(post.id(), post.version());
                ack(out, post);
            }
            if (i % 5 == 0) {
                post = blog.posts().update(post.id(), post.version(),
                        PostInput.from(post).title("Crash post " + i + " (edited)").build());
                ack(out, post);
            }
        }

        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        PostStore store = new JpaPostStoreProvider().create(ProviderContexts.context(
                Map.of("blog.jpa.url", url, "blog.jpa.pool-size", "2"), Clock.systemUTC(), executor));
        for (int i = 0; i < pending; i++) {
            String id = UUID.randomUUID().toString();
            store.save(TestPosts.write(TestPosts.draft(id, "pending-" + i, "Pending " + i, Clock.systemUTC().instant())));
            out.println("PENDING " + id);
            out.flush();
        }
        out.println("READY");
        out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void ack(PrintStream out, Post post) {
        out.println("ACK " + post.id() + " " + post.version());
        out.flush();
    }
}
