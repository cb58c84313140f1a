package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.IllegalStatusTransitionException;
import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Posts;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.RevisionAction;
import dev.cloudblog.api.post.RevisionDiff;
import dev.cloudblog.api.post.RevisionDiff.DiffLine;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.tck.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The post lifecycle")
class PostLifecycleTest {

    private final MutableClock clock = MutableClock.at("2030-01-01T09:00:00Z");
    private final Blog blog = CloudBlog.builder().clock(clock).property("blog.scheduler.enabled", "false").build();
    private final Posts posts = blog.posts();

    @AfterEach
    void close() {
        blog.close();
    }

    private static PostInput input(String title, String body) {
        return PostInput.builder().title(title).body(body).author("ada").build();
    }

    @Test
    @DisplayName("a new post is a draft at version 1 with its body rendered and its derived fields filled")
    void createsDraft() {
        Post post = posts.create(PostInput.builder().title("  Hello, World  ").body("# Hi\n\nSome *words* here.")
                .author("ada").tags("Java", " JVM  Tips ", "java").build());

        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.version()).isEqualTo(1);
        assertThat(post.title()).isEqualTo("Hello, World");
        assertThat(post.slug()).isEqualTo("hello-world");
        assertThat(post.html()).contains("<h1>Hi</h1>").contains("<em>words</em>");
        assertThat(post.excerpt()).isEqualTo("Hi Some words here.");
        assertThat(post.tags()).containsExactly("java", "jvm tips");
        assertThat(post.readingTime()).isEqualTo(Duration.ofMinutes(1));
        assertThat(post.contentHash()).matches("sha256:[0-9a-f]{64}");
        assertThat(post.createdAt()).isEqualTo(clock.instant());
        assertThat(post.publishedAt()).isNull();
        assertThat(posts.history(post.id())).extracting(Revision::action).containsExactly(RevisionAction.CREATED);
        assertThat(posts.require(post.id())).isEqualTo(post);
    }

    @Test
    @DisplayName("an update naming the current version stores a new revision; a stale one overwrites nothing")
    void updatesOptimistically() {
        Post v1 = posts.create(input("First", "one"));
        clock.advance(Duration.ofMinutes(1));
        Post v2 = posts.update(v1.id(), 1, PostInput.from(v1).title("Second").build());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.updatedAt()).isEqualTo(clock.instant());
        assertThat(v2.contentHash()).isNotEqualTo(v1.contentHash());
        assertThatThrownBy(() -> posts.update(v1.id(), 1, PostInput.from(v1).title("Lost edit").build()))
                .isInstanceOfSatisfying(PostConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(posts.require(v1.id())).isEqualTo(v2);
        assertThat(posts.history(v1.id())).hasSize(2);
    }

    @Test
    @DisplayName("publishing, unpublishing and archiving follow the allowed transitions")
    void movesThroughStatuses() {
        Post draft = posts.create(input("Status", "body"));
        clock.advance(Duration.ofMinutes(1));
        Post published = posts.publish(draft.id(), draft.version());
        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(clock.instant());

        Post archived = posts.archive(published.id(), published.version());
        assertThat(archived.status()).isEqualTo(PostStatus.ARCHIVED);
        assertThat(archived.publishedAt()).isEqualTo(published.publishedAt());

        assertThatThrownBy(() -> posts.publish(archived.id(), archived.version()))
                .isInstanceOfSatisfying(IllegalStatusTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(PostStatus.ARCHIVED);
                    assertThat(e.to()).isEqualTo(PostStatus.PUBLISHED);
                    assertThat(e.errors()).containsKey("status");
                });
        assertThat(posts.require(draft.id())).isEqualTo(archived);

        Post back = posts.unpublish(archived.id(), archived.version());
        assertThat(back.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(back.publishedAt()).isNull();
        assertThat(posts.history(draft.id())).extracting(Revision::action).containsExactly(RevisionAction.CREATED,
                RevisionAction.PUBLISHED, RevisionAction.ARCHIVED, RevisionAction.UNPUBLISHED);
    }

    @Test
    @DisplayName("a scheduled post is published when the clock reaches its time, with that publish time")
    void publishesScheduledPostsOnTime() {
        Post draft = posts.create(input("Later", "body"));
        Instant at = clock.instant().plus(Duration.ofHours(2));
        Post scheduled = posts.schedule(draft.id(), draft.version(), at);
        assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(at);

        clock.advance(Duration.ofMinutes(119));
        assertThat(posts.publishDue()).isEmpty();
        assertThat(posts.require(draft.id()).status()).isEqualTo(PostStatus.SCHEDULED);

        clock.advance(Duration.ofMinutes(2));
        assertThat(posts.publishDue()).singleElement().satisfies(post -> {
            assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
            assertThat(post.publishedAt()).isEqualTo(at);
            assertThat(post.scheduledAt()).isNull();
        });
        assertThat(posts.publishDue()).isEmpty();
    }

    @Test
    @DisplayName("a schedule time that is not in the future is refused")
    void refusesPastSchedule() {
        Post draft = posts.create(input("Past", "body"));

        assertThatThrownBy(() -> posts.schedule(draft.id(), draft.version(), clock.instant()))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        e -> assertThat(e.errors()).containsKey("scheduledAt"));
        assertThat(posts.require(draft.id())).isEqualTo(draft);
    }

    @Test
    @DisplayName("slugs fold Unicode to ASCII, get a suffix on collision, and old slugs keep leading to the post")
    void managesSlugs() {
        Post first = posts.create(input("Crème Brûlée à la carte!", "body"));
        Post second = posts.create(input("Crème brûlée, à la carte", "body"));
        assertThat(first.slug()).isEqualTo("creme-brulee-a-la-carte");
        assertThat(second.slug()).isEqualTo("creme-brulee-a-la-carte-2");

        Post renamed = posts.update(first.id(), first.version(), PostInput.from(first).slug("Burnt Cream").build());
        assertThat(renamed.slug()).isEqualTo("burnt-cream");

        SlugResolution old = posts.findBySlug("creme-brulee-a-la-carte").orElseThrow();
        assertThat(old.moved()).isTrue();
        assertThat(old.post()).isEqualTo(renamed);
        assertThat(posts.findBySlug("burnt-cream")).hasValueSatisfying(found -> assertThat(found.moved()).isFalse());

        Post third = posts.create(input("Crème Brûlée à la carte", "body"));
        assertThat(third.slug()).as("a retired slug stays with its post").isEqualTo("creme-brulee-a-la-carte-3");
        Post untitled = posts.create(input("!!!", "body"));
        assertThat(untitled.slug()).isEqualTo("post");

        assertThatThrownBy(() -> posts.update(third.id(), third.version(),
                PostInput.from(third).slug("creme-brulee-a-la-carte").build()))
                .as("an asked-for slug that another post had is refused, not silently numbered")
                .isInstanceOfSatisfying(InvalidPostException.class,
                        e -> assertThat(e.errors().get("slug")).singleElement().asString()
                                .contains("belongs to another post"));
        assertThat(posts.require(third.id())).isEqualTo(third);
    }

    @Test
    @DisplayName("many posts with one title all get distinct slugs: numbered first, then with a random suffix")
    void popularTitlesGetDistinctSlugs() {
        java.util.Set<String> slugs = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            slugs.add(posts.create(input("Weekly notes", "body")).slug());
        }

        assertThat(slugs).hasSize(60).contains("weekly-notes", "weekly-notes-2", "weekly-notes-9")
                .doesNotContain("weekly-notes-10");
        assertThat(slugs).filteredOn(slug -> slug.matches("weekly-notes-[0-9a-f]{8}")).hasSize(51);
    }

    @Test
    @DisplayName("a deleted post is gone with its slugs and history")
    void deletes() {
        Post post = posts.create(input("Doomed", "body"));
        posts.findBySlug("doomed");
        assertThatThrownBy(() -> posts.delete(post.id(), 7)).isInstanceOf(PostConflictException.class);

        posts.delete(post.id(), post.version());

        assertThat(posts.get(post.id())).isEmpty();
        assertThat(posts.findBySlug("doomed")).isEmpty();
        assertThatThrownBy(() -> posts.history(post.id())).isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> posts.publish(post.id(), 1)).isInstanceOf(PostNotFoundException.class);
    }

    @Test
    @DisplayName("history lists every revision; diffs show changed fields and body lines; restore brings one back")
    void keepsHistoryDiffsAndRestores() {
        Post v1 = posts.create(input("Original", "line one\nline two\nline three"));
        Post v2 = posts.update(v1.id(), 1, PostInput.from(v1).title("Edited")
                .body("line one\nline 2\nline three\nline four").build());

        RevisionDiff diff = posts.diff(v1.id(), 1, 2);
        assertThat(diff.fieldChanges()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("title");
            assertThat(change.before()).isEqualTo("Original");
            assertThat(change.after()).isEqualTo("Edited");
        });
        assertThat(diff.bodyLines()).extracting(DiffLine::toString)
                .containsExactly("  line one", "- line two", "+ line 2", "  line three", "+ line four");
        assertThat(diff.linesAdded()).isEqualTo(2);
        assertThat(diff.linesRemoved()).isEqualTo(1);

        Post v3 = posts.restore(v1.id(), 1, v2.version());
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.title()).isEqualTo("Original");
        assertThat(v3.body()).isEqualTo(v1.body());
        assertThat(v3.contentHash()).isEqualTo(v1.contentHash());
        assertThat(posts.diff(v1.id(), 1, 3).isEmpty()).isTrue();
        assertThat(posts.revision(v1.id(), 3).action()).isEqualTo(RevisionAction.RESTORED);
        assertThatThrownBy(() -> posts.revision(v1.id(), 9)).isInstanceOf(PostNotFoundException.class)
                .hasMessageContaining("no revision 9");
        assertThatThrownBy(() -> posts.restore(v1.id(), 9, 3)).isInstanceOf(PostNotFoundException.class);
        assertThat(posts.require(v1.id())).isEqualTo(v3);
    }

    @Test
    @DisplayName("after close, writes are refused before anything is stored")
    void refusesWritesAfterClose() {
        Post post = posts.create(input("Before close", "body"));
        blog.close();

        assertThatThrownBy(() -> posts.create(input("After close", "body")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> posts.publish(post.id(), post.version())).isInstanceOf(IllegalStateException.class);
        assertThat(posts.findBySlug("after-close")).isEmpty();
        assertThat(posts.require(post.id())).isEqualTo(post);
    }

    @Test
    @DisplayName("rendered HTML never carries scripts, event handlers or javascript URLs")
    void sanitizesHtml() {
        Post post = posts.create(input("XSS", "<script>alert(1)</script>\n\n[click](javascript:alert(1)) "
                + "<img src=x onerror=alert(1)> <a href=\"https://example.org\" onclick=\"x()\">ok</a>"));

        assertThat(post.html()).doesNotContainIgnoringCase("<script").doesNotContain("onerror")
                .doesNotContain("onclick").doesNotContainIgnoringCase("javascript:")
                .contains("href=\"https://example.org\"");
    }
}
