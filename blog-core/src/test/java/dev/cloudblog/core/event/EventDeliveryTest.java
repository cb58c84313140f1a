package dev.cloudblog.core.event;

import static dev.cloudblog.tck.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.event.Subscription;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.core.CloudBlog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Event delivery to listeners")
class EventDeliveryTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Blog blog = CloudBlog.builder().meterRegistry(registry)
            .property("blog.scheduler.enabled", "false")
            .property("blog.events.retry.initial-delay", "5ms")
            .property("blog.events.retry.max-delay", "40ms")
            .build();

    @AfterEach
    void close() {
        blog.close();
    }

    private Post create(String title) {
        return blog.posts().create(PostInput.builder().title(title).author("ada").body("b").build());
    }

    @Test
    @DisplayName("a listener gets every change in commit order, typed by what happened")
    void deliversInOrder() {
        List<BlogEvent> received = new CopyOnWriteArrayList<>();
        blog.events().subscribe("recorder", received::add);

        Post post = create("Events");
        Post renamed = blog.posts().update(post.id(), 1, PostInput.from(post).slug("renamed").build());
        Post published = blog.posts().publish(post.id(), renamed.version());
        blog.posts().delete(post.id(), published.version());

        await("four events arrive", () -> received.size() == 4);
        assertThat(received.get(0)).isInstanceOfSatisfying(PostEvent.Created.class,
                e -> assertThat(e.slug()).isEqualTo("events"));
        assertThat(received.get(1)).isInstanceOfSatisfying(PostEvent.Updated.class, e -> {
            assertThat(e.previousSlug()).isEqualTo("events");
            assertThat(e.slugs()).containsExactlyInAnyOrder("events", "renamed");
        });
        assertThat(received.get(2)).isInstanceOfSatisfying(PostEvent.StatusChanged.class,
                e -> assertThat(e.to()).isEqualTo(PostStatus.PUBLISHED));
        assertThat(received.get(3)).isInstanceOf(PostEvent.Deleted.class);
        assertThat(received).extracting(BlogEvent::version).containsExactly(1L, 2L, 3L, 3L);
    }

    @Test
    @DisplayName("scheduling, unpublishing, archiving, restoring and publishing on schedule each emit their event")
    void emitsEveryLifecycleEvent() {
        List<BlogEvent> received = new CopyOnWriteArrayList<>();
        blog.events().subscribe("recorder", received::add);
        Post post = create("Lifecycle");
        Post scheduled = blog.posts().schedule(post.id(), 1, java.time.Instant.now().plusSeconds(3600));
        Post draft = blog.posts().unpublish(post.id(), scheduled.version());
        Post archived = blog.posts().archive(post.id(), draft.version());
        blog.posts().restore(post.id(), 1, archived.version());

        await("five events arrive", () -> received.size() == 5);
        assertThat(received.subList(1, 4)).allSatisfy(event -> assertThat(event).isInstanceOf(PostEvent.StatusChanged.class))
                .extracting(event -> ((PostEvent.StatusChanged) event).to())
                .containsExactly(PostStatus.SCHEDULED, PostStatus.DRAFT, PostStatus.ARCHIVED);
        assertThat(received.get(4)).isInstanceOfSatisfying(PostEvent.Restored.class,
                e -> assertThat(e.restoredRevision()).isEqualTo(1));
    }

    @Test
    @DisplayName("a failing listener is retried until it succeeds, loses nothing, and never holds up another")
    void retriesFailingListenerInIsolation() {
        AtomicBoolean healthy = new AtomicBoolean(false);
        AtomicInteger failures = new AtomicInteger();
        List<BlogEvent> flakyReceived = new CopyOnWriteArrayList<>();
        List<BlogEvent> steadyReceived = new CopyOnWriteArrayList<>();
        Subscription flaky = blog.events().subscribe("flaky", event -> {
            if (!healthy.get()) {
                failures.incrementAndGet();
                throw new IllegalStateException("downstream is down");
            }
            flakyReceived.add(event);
        });
        blog.events().subscribe("steady", steadyReceived::add);

        for (int i = 0; i < 10; i++) {
            create("Post " + i);
        }
        await("the steady listener has all ten", () -> steadyReceived.size() == 10);
        await("the flaky one failed repeatedly", () -> failures.get() >= 3);
        assertThat(flakyReceived).isEmpty();
        assertThat(flaky.backlog()).isEqualTo(10);

        healthy.set(true);
        await("the flaky listener catches up", () -> flakyReceived.size() == 10);
        assertThat(flakyReceived).containsExactlyElementsOf(steadyReceived);
        assertThat(flaky.backlog()).isZero();
        assertThat(registry.get("blog.events.failures").tag("listener", "flaky").counter().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(registry.get("blog.events.delivered").tag("listener", "flaky").counter().count()).isEqualTo(10);
    }

    @Test
    @DisplayName("a closed subscription gets nothing more, and names must be unique among subscriptions")
    void closesSubscriptions() {
        List<BlogEvent> received = new CopyOnWriteArrayList<>();
        Subscription subscription = blog.events().subscribe("once", received::add);
        assertThatThrownBy(() -> blog.events().subscribe("once", received::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already subscribed");
        create("First");
        await("the first event arrives", () -> received.size() == 1);

        subscription.close();
        create("Second");
        List<BlogEvent> after = new CopyOnWriteArrayList<>();
        blog.events().subscribe("once", after::add);
        Post third = create("Third");
        await("the new subscription sees the third post",
                () -> after.stream().anyMatch(event -> event.postId().equals(third.id())));
        assertThat(received).hasSize(1);
    }

}
