package dev.cloudblog.providers.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Seo;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.MutableClock;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.TestPosts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Input the schema cannot hold")
class JpaBadInputTest {

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final TestDatabases.Scratch database = new TestDatabases.Scratch();
    private PostStore store;

    @AfterEach
    void cleanUp() {
        if (store != null) {
            store.close();
        }
        database.close();
        executor.shutdownNow();
    }

    private void open(Database kind) {
        store = new JpaPostStoreProvider().create(ProviderContexts.context(database.settings(kind), clock, executor));
    }

    private Post post(UnaryOperator<Post> change) {
        Instant now = clock.instant();
        return change.apply(TestPosts.post(UUID.randomUUID().toString(), "fine-slug", PostStatus.DRAFT,
                List.of("ok"), "ada", now, now, null, null));
    }

    private static Post with(Post p, String slug, String title, List<String> tags, Seo seo, Map<String, String> fields) {
        return new Post(p.id(), slug, title, p.body(), p.html(), p.excerpt(), p.customExcerpt(), tags, p.author(),
                p.status(), p.createdAt(), p.updatedAt(), p.publishedAt(), p.scheduledAt(), p.version(),
                p.contentHash(), Duration.ofMinutes(1), seo, fields);
    }

    private void assertRefused(Post post, String field) {
        assertThatThrownBy(() -> store.save(TestPosts.write(post)))
                .isInstanceOfSatisfying(InvalidPostException.class,
                        e -> assertThat(e.errors()).containsKey(field));
        assertThat(store.findById(post.id())).isEmpty();
        assertThat(store.pendingEvents(10)).isEmpty();
        assertThat(store.revisions(post.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @DisplayName("a NUL character in the title is refused as invalid, naming the title, and writes nothing")
    void refusesNul(Database database) {
        open(database);
        assertRefused(post(p -> with(p, p.slug(), "bad\u0000title", p.tags(), p.seo(), p.customFields())), "title");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @DisplayName("a slug longer than its column is refused as invalid, naming the slug")
    void refusesLongSlug(Database database) {
        open(database);
        assertRefused(post(p -> with(p, "s".repeat(PostLimits.SLUG + 1), p.title(), p.tags(), p.seo(),
                p.customFields())), "slug");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @DisplayName("a lone surrogate is refused as invalid UTF-16, wherever it hides")
    void refusesLoneSurrogates(Database database) {
        open(database);
        assertRefused(post(p -> with(p, p.slug(), "half \uD83D emoji", p.tags(), p.seo(), p.customFields())), "title");
        assertRefused(post(p -> with(p, p.slug(), p.title(), List.of("ok", "\uDC00"), p.seo(), p.customFields())),
                "tags");
        assertRefused(post(p -> with(p, p.slug(), p.title(), p.tags(), new Seo("\uD800", null, null),
                p.customFields())), "seo.title");
        assertRefused(post(p -> with(p, p.slug(), p.title(), p.tags(), p.seo(), Map.of("k", "nul\u0000"))),
                "customFields.k");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @DisplayName("text at exactly the column limits, supplementary characters included, is stored intact")
    void keepsTextAtTheLimits(Database database) {
        open(database);
        Post post = post(p -> with(p, "s".repeat(PostLimits.SLUG), "🍮".repeat(PostLimits.TITLE / 2), p.tags(),
                p.seo(), p.customFields()));
        store.save(TestPosts.write(post));
        assertThat(store.findById(post.id())).contains(post);
    }
}
