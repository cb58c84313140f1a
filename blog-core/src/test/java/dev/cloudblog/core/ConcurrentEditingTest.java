package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Concurrent editing")
class ConcurrentEditingTest {

    @Test
    @DisplayName("many threads editing one post through the blog lose no update and see conflicts instead")
    void losesNoUpdate() throws Exception {
        int editors = 8;
        int editsEach = 30;
        AtomicInteger conflicts = new AtomicInteger();
        try (Blog blog = CloudBlog.builder().property("blog.scheduler.enabled", "false").build()) {
            Post post = blog.posts().create(PostInput.builder().title("Counter").author("ada").body("0").build());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            List<Future<Void>> results = new ArrayList<>();
            for (int e = 0; e < editors; e++) {
                results.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < editsEach; i++) {
                        while (true) {
                            Post current = blog.posts().require(post.id());
                            int count = Integer.parseInt(current.body());
                            try {
                                blog.posts().update(current.id(), current.version(),
                                        PostInput.from(current).body(Integer.toString(count + 1)).build());
                                break;
                            } catch (PostConflictException conflict) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            Post last = blog.posts().require(post.id());
            assertThat(last.body()).isEqualTo(Integer.toString(editors * editsEach));
            assertThat(last.version()).isEqualTo(editors * editsEach + 1L);
            assertThat(blog.posts().history(post.id())).hasSize(editors * editsEach + 1);
        }
        assertThat(conflicts.get()).as("the editors really raced").isPositive();
    }
}
