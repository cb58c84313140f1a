package dev.cloudblog.providers.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostQuery;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.tck.MutableClock;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.TestPosts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Listing statements")
class JpaStatementCountTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final TestDatabases.Scratch scratch = new TestDatabases.Scratch();

    @AfterEach
    void cleanUp() {
        executor.shutdownNow();
        scratch.close();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @DisplayName("a page of 50 posts with their tags takes at most 3 statements, not one per post")
    void loadsTagsInBatches(Database database) {
        Map<String, String> settings = scratch.settings(database);
        MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
        try (JpaPostStore store = (JpaPostStore) new JpaPostStoreProvider().create(
                ProviderContexts.context(settings, clock, executor))) {
            Instant base = clock.instant();
            for (int i = 0; i < 60; i++) {
                Instant created = base.plusSeconds(i);
                store.save(TestPosts.write(TestPosts.post(UUID.randomUUID().toString(), "post-" + i,
                        PostStatus.PUBLISHED, List.of("java", "tag-" + i), "ada", created, created, created, null)));
            }
            Statistics statistics = store.sessionFactory().getStatistics();
            statistics.clear();

            List<Post> page = store.query(PostCriteria.of(PostQuery.builder().tag("java").build(), null, 50));

            assertThat(page).hasSize(50).allSatisfy(post -> assertThat(post.tags()).hasSize(2));
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
        }
    }
}
