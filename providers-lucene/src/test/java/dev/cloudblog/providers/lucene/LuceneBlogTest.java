package dev.cloudblog.providers.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.search.RebuildProgress;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.api.search.SearchSort;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.tck.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A blog searching with lucene")
class LuceneBlogTest {

    private static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.builder("harbor").facets(true).build(),
            SearchQuery.builder("\"copper lantern\"").includeUnpublished(true).build(),
            SearchQuery.builder("").sort(SearchSort.NEWEST).facets(true).limit(100).build());

    @TempDir
    Path data;

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private MeterRegistry registry = new SimpleMeterRegistry();

    /** A blog on an H2 file and an index directory under {@code data}, both kept across restarts. */
    private Blog open(String database, Map<String, String> settings) {
        registry = new SimpleMeterRegistry();
        CloudBlog.Builder builder = CloudBlog.builder().clock(clock).meterRegistry(registry)
                .environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", data.toString())
                .property("blog.scheduler.enabled", "false")
                .property("blog.store.provider", "jpa")
                .property("blog.jpa.url", "jdbc:h2:file:" + data.resolve(database).toAbsolutePath())
                .property("blog.search.read-your-writes", "true");
        settings.forEach(builder::property);
        return builder.build();
    }

    private Blog open() {
        return open("blog", Map.of());
    }

    @Test
    @DisplayName("finds a post once saved, by its new words after an edit, and no longer once unpublished or deleted")
    void followsTheStore() {
        try (Blog blog = open()) {
            Post first = publish(blog, "Harbor lights", "The copper lantern by the harbor.", "travel");
            Post second = publish(blog, "Mountain huts", "A copper kettle on the stove.", "travel");
            assertThat(ids(blog.search().search(SearchQuery.of("copper"))))
                    .containsExactlyInAnyOrder(first.id(), second.id());

            Post edited = blog.posts().update(first.id(), first.version(),
                    PostInput.from(first).body("The brass lantern by the harbor.").build());
            assertThat(ids(blog.search().search(SearchQuery.of("copper")))).containsExactly(second.id());
            assertThat(ids(blog.search().search(SearchQuery.of("brass")))).containsExactly(first.id());

            blog.posts().unpublish(edited.id(), edited.version());
            blog.posts().delete(second.id(), second.version());
            assertThat(blog.search().search(SearchQuery.of("lantern OR kettle")).total()).isZero();
            assertThat(ids(blog.search().search(SearchQuery.builder("lantern OR kettle").includeUnpublished(true)
                    .build()))).containsExactly(first.id());
            assertThatThrownBy(() -> blog.search().related(second.id(), 5)).isInstanceOf(PostNotFoundException.class);
        }
    }

    @Test
    @DisplayName("gives the same results after a restart, without rebuilding")
    void stableAcrossRestarts() {
        List<SearchResults> before;
        try (Blog blog = open()) {
            seed(blog, 40);
            before = QUERIES.stream().map(blog.search()::search).toList();
        }
        try (Blog blog = open()) {
            assertThat(QUERIES.stream().map(blog.search()::search).toList()).isEqualTo(before);
            assertThat(rebuilds()).isZero();
        }
    }

    @Test
    @DisplayName("rebuilds a missing index from the store at start")
    void rebuildsMissingIndex() throws IOException {
        List<SearchResults> before = seedAndClose(40);
        deleteTree(data.resolve("lucene"));

        try (Blog blog = open()) {
            assertThat(answers(blog)).isEqualTo(answers(before));
            assertThat(rebuilds("no-marker")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("rebuilds a corrupt index from the store at start")
    void rebuildsCorruptIndex() throws IOException {
        List<SearchResults> before = seedAndClose(40);
        try (Stream<Path> files = Files.list(data.resolve("lucene"))) {
            for (Path file : files.filter(file -> !file.endsWith("write.lock")).toList()) {
                Files.write(file, "not an index".getBytes());
            }
        }

        try (Blog blog = open()) {
            assertThat(answers(blog)).isEqualTo(answers(before));
            assertThat(rebuilds("no-marker")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("catches up from the revision log when its index is behind the store")
    void catchesUpWhenBehind() throws IOException {
        List<SearchResults> after = leaveIndexBehind();

        try (Blog blog = open()) {
            assertThat(answers(blog)).isEqualTo(answers(after));
            assertThat(rebuilds()).isZero();
        }
    }

    @Test
    @DisplayName("rebuilds an index further behind than the catch-up limit")
    void rebuildsWhenFarBehind() throws IOException {
        List<SearchResults> after = leaveIndexBehind();

        try (Blog blog = open("blog", Map.of("blog.search.catch-up-limit", "10"))) {
            assertThat(answers(blog)).isEqualTo(answers(after));
            assertThat(rebuilds("behind")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("rebuilds an index that was built from another store, of the same length or longer")
    void rebuildsForeignIndex() {
        seedAndClose(10);
        try (Blog blog = open("other", Map.of())) {
            assertThat(blog.search().search(SearchQuery.of("")).total()).isZero();
            assertThat(rebuilds("foreign")).isEqualTo(1);
            seed(blog, 10);
        }
        try (Blog blog = open()) {
            assertThat(blog.search().search(SearchQuery.of("")).total()).isEqualTo(7);
            assertThat(rebuilds("foreign")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a requested rebuild reports its progress, keeps answering searches, and applies writes made meanwhile")
    void rebuildReportsProgress() {
        try (Blog blog = open()) {
            seed(blog, 700);
            long published = blog.search().search(SearchQuery.of("")).total();
            List<RebuildProgress> reports = new ArrayList<>();
            List<Long> totalsSeenMeanwhile = new ArrayList<>();
            List<Post> writtenMeanwhile = new ArrayList<>();

            RebuildProgress last = blog.search().rebuild(progress -> {
                reports.add(progress);
                if (reports.size() == 2) {
                    totalsSeenMeanwhile.add(blog.search().search(SearchQuery.of("")).total());
                    writtenMeanwhile.add(publish(blog, "Written during the rebuild", "Zeppelin notes.", "travel"));
                }
            });

            assertThat(reports.get(0)).extracting(RebuildProgress::done, RebuildProgress::total).containsExactly(0L, 700L);
            assertThat(reports).extracting(RebuildProgress::done).isSorted();
            assertThat(reports.get(1).eta()).isPresent();
            assertThat(last).isEqualTo(reports.get(reports.size() - 1));
            assertThat(last.finished()).isTrue();
            assertThat(last.done()).isEqualTo(last.total()).isBetween(700L, 701L);
            assertThat(totalsSeenMeanwhile).containsExactly(published);
            assertThat(ids(blog.search().search(SearchQuery.of("zeppelin"))))
                    .containsExactly(writtenMeanwhile.get(0).id());
            assertThat(blog.search().search(SearchQuery.of("")).total()).isEqualTo(published + 1);
            assertThat(rebuilds("requested")).isEqualTo(1);
        }
    }

    /**
     * Seeds 20 posts, keeps a copy of the index, seeds 20 more (34 leaves of the revision log),
     * then puts the copy back: the index is left that far behind the store.
     *
     * @return the answers of the up-to-date index
     */
    private List<SearchResults> leaveIndexBehind() throws IOException {
        seedAndClose(20);
        Path saved = data.resolve("lucene-saved");
        copyTree(data.resolve("lucene"), saved);
        List<SearchResults> after = seedAndClose(20);
        deleteTree(data.resolve("lucene"));
        copyTree(saved, data.resolve("lucene"));
        return after;
    }

    private List<SearchResults> seedAndClose(int posts) {
        try (Blog blog = open()) {
            seed(blog, posts);
            return QUERIES.stream().map(blog.search()::search).toList();
        }
    }

    /**
     * What a rebuilt index must answer as the old one did: totals, hits and facets. Scores may
     * differ, since term statistics count replaced documents until segments merge.
     */
    private static List<Object> answers(List<SearchResults> results) {
        return results.stream().<Object>map(result -> List.of(result.total(),
                result.hits().stream().map(SearchHit::postId).sorted().toList(), result.facets())).toList();
    }

    private static List<Object> answers(Blog blog) {
        return answers(QUERIES.stream().map(blog.search()::search).toList());
    }

    /** Posts of which about two in three are published, with words and tags from small sets. */
    private void seed(Blog blog, int count) {
        List<String> words = List.of("harbor", "copper", "lantern", "meadow", "granite", "willow", "ember");
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMinutes(7));
            String body = words.get(i % words.size()) + " " + words.get(i * 3 % words.size()) + " notes " + i;
            Post draft = blog.posts().create(PostInput.builder().title("Notes " + words.get(i * 5 % words.size()))
                    .author(i % 2 == 0 ? "ada" : "grace").body(body).tags(words.get(i % 3)).build());
            if (i % 3 != 2) {
                blog.posts().publish(draft.id(), draft.version());
            }
        }
    }

    private Post publish(Blog blog, String title, String body, String tag) {
        clock.advance(Duration.ofMinutes(1));
        Post draft = blog.posts().create(PostInput.builder().title(title).author("ada").body(body).tags(tag).build());
        return blog.posts().publish(draft.id(), draft.version());
    }

    private double rebuilds(String reason) {
        return registry.counter("blog.search.rebuilds", "reason", reason).count();
    }

    private double rebuilds() {
        return registry.find("blog.search.rebuilds").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::postId).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
