package dev.cloudblog.core.event;

import static dev.cloudblog.tck.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.core.store.MemoryPostStoreProvider;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostStoreProvider;
import dev.cloudblog.spi.store.StoredCheckpoint;
import dev.cloudblog.tck.MutableClock;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.TestPosts;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Replaying the outbox at start")
class OutboxReplayTest {

    /** Hands the blog a store that already holds what a crashed process committed. */
    public static final class CrashedStoreProvider implements PostStoreProvider {
        static final ThreadLocal<PostStore> STORE = new ThreadLocal<>();

        @Override
        public String name() {
            return "crashed";
        }

        @Override
        public PostStore create(ProviderContext context) {
            return STORE.get();
        }
    }

    @TempDir
    Path dir;

    private CloudBlog.Builder onCrashedStore(PostStore store, MutableClock clock) throws IOException {
        CrashedStoreProvider.STORE.set(store);
        Path services = dir.resolve("META-INF/services/" + PostStoreProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(CrashedStoreProvider.class.getName()));
        return CloudBlog.builder().clock(clock)
                .classLoader(new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()))
                .property("blog.store.provider", "crashed")
                .property("blog.data.dir", dir.resolve("data").toString());
    }

    @Test
    @DisplayName("a store whose checkpoints another key signed fails start, naming the keys to share")
    void refusesAForeignKey() throws IOException {
        MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            PostStore store = new MemoryPostStoreProvider().create(ProviderContexts.context(Map.of(), clock, executor));
            try (Blog other = CloudBlog.builder().clock(clock).property("blog.data.dir", dir.resolve("other").toString())
                    .build()) {
                other.posts().create(PostInput.builder().title("Elsewhere").author("a").build());
                store.saveCheckpoint(new StoredCheckpoint(1,
                        other.verification().checkpoint().signedNote(), clock.instant(), List.of()));
            }
            assertThatThrownBy(() -> onCrashedStore(store, clock).build())
                    .isInstanceOf(BlogConfigurationException.class)
                    .hasMessageContaining("blog.verification.private-key");
        } finally {
            CrashedStoreProvider.STORE.remove();
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("events committed before a crash reach the listeners registered on the builder, and the log")
    void replaysToBuilderListeners() throws IOException {
        MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        PostStore store = new MemoryPostStoreProvider().create(ProviderContexts.context(Map.of(), clock, executor));
        store.save(TestPosts.write(TestPosts.draft("a-id", "a", "A", clock.instant())));
        store.save(TestPosts.write(TestPosts.draft("b-id", "b", "B", clock.instant())));
        List<BlogEvent> replayed = new CopyOnWriteArrayList<>();
        try (Blog blog = onCrashedStore(store, clock)
                .listener("replay", replayed::add)
                .build()) {
            await("both events are replayed", () -> replayed.size() == 2);
            assertThat(replayed).extracting(BlogEvent::postId).containsExactly("a-id", "b-id");
            assertThat(store.pendingEvents(10)).isEmpty();
            assertThat(store.logSize()).isEqualTo(2);
        } finally {
            CrashedStoreProvider.STORE.remove();
            executor.shutdownNow();
        }
    }
}
