package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.tck.Eventually;
import dev.cloudblog.tck.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scheduled publishing in the background")
class ScheduledPublishingTest {

    @Test
    @DisplayName("the engine publishes a scheduled post by itself once the blog's clock passes its time")
    void publishesInTheBackground() {
        MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
        try (Blog blog = CloudBlog.builder().clock(clock).property("blog.scheduler.interval", "5ms").build()) {
            Post draft = blog.posts().create(PostInput.builder().title("Soon").author("ada").build());
            Instant at = clock.instant().plus(Duration.ofDays(1));
            blog.posts().schedule(draft.id(), draft.version(), at);

            clock.advance(Duration.ofHours(23));
            Post stillScheduled = blog.posts().require(draft.id());
            assertThat(stillScheduled.status()).isEqualTo(PostStatus.SCHEDULED);

            clock.advance(Duration.ofHours(2));
            Eventually.await("the post is published", () -> blog.posts().require(draft.id()).isPublished());
            assertThat(blog.posts().require(draft.id()).publishedAt()).isEqualTo(at);
        }
    }
}
