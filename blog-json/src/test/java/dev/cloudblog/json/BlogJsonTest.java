package dev.cloudblog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.tck.TestPosts;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON forms of API values")
class BlogJsonTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:15:30.123456789Z");

    private final BlogJson json = new BlogJson();

    @Test
    @DisplayName("every kind of event reads back equal, exact to the nanosecond")
    void eventsRoundTrip() {
        List<BlogEvent> events = List.of(
                new PostEvent.Created(UUID.randomUUID(), NOW, "p1", 1, "hello"),
                new PostEvent.Updated(UUID.randomUUID(), NOW, "p1", 2, "hello-2", "hello"),
                new PostEvent.StatusChanged(UUID.randomUUID(), NOW, "p1", 3, "hello-2", PostStatus.DRAFT,
                        PostStatus.SCHEDULED, NOW.plusSeconds(60)),
                new PostEvent.Restored(UUID.randomUUID(), NOW, "p1", 4, "hello", "hello-2", 1),
                new PostEvent.Deleted(UUID.randomUUID(), NOW, "p1", 4, Set.of("hello", "hello-2")));

        for (BlogEvent event : events) {
            assertThat(json.event(json.event(event))).isEqualTo(event);
        }
    }

    @Test
    @DisplayName("a post reads back equal, Unicode and all")
    void postRoundTrips() {
        Post post = TestPosts.article("p1", "Crème brûlée — 焦糖布丁 🍮", "Sugar & <fire>", List.of("dessert"), "ada",
                PostStatus.PUBLISHED, NOW, NOW);

        assertThat(json.post(json.post(post))).isEqualTo(post);
    }

    @Test
    @DisplayName("text that is not such a form is refused, saying what it should have been")
    void refusesGarbage() {
        assertThatThrownBy(() -> json.event("{\"type\":\"Exploded\"}")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BlogEvent");
        assertThatThrownBy(() -> json.post("not json")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Post");
    }
}
