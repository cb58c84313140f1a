package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.search.FacetCount;
import dev.cloudblog.api.search.SearchFacets;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.api.search.SearchSort;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.search.IndexBuild;
import dev.cloudblog.spi.search.IndexMarker;
import dev.cloudblog.spi.search.IndexUpdate;
import dev.cloudblog.spi.search.SearchIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract every {@link SearchIndex} must pass. A provider's test extends it and opens its
 * index on the kit's context, with settings that keep the index across close and reopen:
 *
 * <pre>{@code
 * class LuceneSearchIndexKitTest extends SearchIndexKit {
 *     @TempDir Path dir;
 *     protected Map<String, String> settings() {
 *         return Map.of("blog.lucene.path", dir.toString());
 *     }
 *     protected SearchIndex openIndex(ProviderContext context) {
 *         return new LuceneSearchProvider().create(context);
 *     }
 * }
 * }</pre>
 *
 * The kit uses the query syntax every provider accepts: words, {@code "phrases"} and
 * parentheses, and refuses what is malformed in any syntax (an unclosed phrase or group).
 */
@ExtendWith(RandomSeedExtension.class)
public abstract class SearchIndexKit extends ProviderKit {

    private static final List<String> TAGS = List.of("java", "search", "security", "cooking", "travel", "music");
    private static final List<String> AUTHORS = List.of("ada", "grace", "linus", "barbara");
    private static final List<String> FILLER = List.of("river", "lantern", "orchard", "copper", "meadow", "harbor",
            "violet", "granite", "willow", "ember", "falcon", "summit");

    protected SearchIndex index;
    private final List<String> ids = new ArrayList<>();
    private long position;

    /** Opens the index under test; called again after {@link SearchIndex#close()} to reopen the same index. */
    protected abstract SearchIndex openIndex(ProviderContext context);

    @BeforeEach
    void open() {
        index = openIndex(context());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    @DisplayName("a new index has no marker, and an update's marker is kept")
    void markerFollowsUpdates() {
        assertThat(index.marker()).isEmpty();

        Post post = article("Quiet lanterns", "A body", PostStatus.PUBLISHED);
        IndexMarker marker = apply(List.of(post), Set.of());

        assertThat(index.marker()).contains(marker);
    }

    @Test
    @DisplayName("a title match ranks above a body mention, and posts without the word are not found")
    void titleOutranksBody() {
        Post inTitle = article("Merkle trees explained", "Hash chains and signatures for archivists.",
                PostStatus.PUBLISHED);
        Post inBody = article("Notes from the archive", "Every archive should keep a merkle tree of its records, "
                + "so that readers can check them.", PostStatus.PUBLISHED);
        Post elsewhere = article("Bread at home", "Flour, water, salt and time.", PostStatus.PUBLISHED);
        apply(List.of(inBody, elsewhere, inTitle), Set.of());

        SearchResults results = index.search(SearchQuery.of("merkle"));

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.hits()).extracting(SearchHit::postId).containsExactly(inTitle.id(), inBody.id());
        assertThat(results.hits().get(0).score()).isGreaterThan(results.hits().get(1).score());
        assertThat(results.hits().get(0)).extracting(SearchHit::slug, SearchHit::title)
                .containsExactly(inTitle.slug(), inTitle.title());
    }

    @Test
    @DisplayName("re-applying a post replaces it: it is found by its new words only, once")
    void updatesReplace() {
        Post post = article("Glacier survey", "Measurements of the northern glacier.", PostStatus.PUBLISHED);
        apply(List.of(post), Set.of());
        Post edited = TestPosts.edited(post, "Volcano survey", clock.instant());
        apply(List.of(edited), Set.of());
        apply(List.of(edited), Set.of());

        assertThat(index.search(SearchQuery.of("glacier")).hits()).extracting(SearchHit::title)
                .containsExactly("Volcano survey");
        assertThat(index.search(SearchQuery.of("volcano")).total()).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("northern")).total()).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(1);
    }

    @Test
    @DisplayName("removed posts disappear, and unpublished ones are found by editors only")
    void removedAndUnpublishedDisappear() {
        Post published = article("Quasar catalogue", "Bright quasar notes.", PostStatus.PUBLISHED);
        Post draft = article("Quasar draft", "Unfinished quasar notes.", PostStatus.DRAFT);
        Post other = article("Quasar sightings", "More quasar notes.", PostStatus.PUBLISHED);
        apply(List.of(published, draft, other), Set.of());

        assertThat(ids(index.search(SearchQuery.of("quasar")))).containsExactlyInAnyOrder(published.id(), other.id());
        assertThat(ids(index.search(editor("quasar")))).containsExactlyInAnyOrder(published.id(), draft.id(),
                other.id());
        assertThat(index.suggest("quas", 10)).containsExactlyInAnyOrder("Quasar catalogue", "Quasar sightings");

        Post unpublished = TestPosts.withStatus(published, PostStatus.DRAFT, null, null, clock.instant());
        apply(List.of(unpublished), Set.of(other.id()));

        assertThat(index.search(SearchQuery.of("quasar")).hits()).isEmpty();
        assertThat(index.search(SearchQuery.of("quasar")).total()).isZero();
        assertThat(ids(index.search(editor("quasar")))).containsExactlyInAnyOrder(published.id(), draft.id());
        assertThat(index.suggest("quas", 10)).isEmpty();
        assertThat(index.related(draft.id(), 10)).isEmpty();
    }

    @Test
    @DisplayName("filters, sorts, pages and facet counts agree with the indexed posts, for random posts and queries")
    void filtersAndFacetsAgree(Random random) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            posts.add(randomPost(random, i));
        }
        apply(posts, Set.of());

        for (int round = 0; round < 40; round++) {
            SearchQuery query = randomQuery(random);
            List<Post> expected = posts.stream().filter(matching(query)).toList();

            List<String> found = new ArrayList<>();
            SearchResults page = index.search(query);
            SearchResults first = page;
            found.addAll(ids(page));
            while (page.hasMore()) {
                page = index.search(query.after(page.nextCursor()));
                assertThat(page.total()).as("total on every page of %s", query).isEqualTo(expected.size());
                found.addAll(ids(page));
            }

            assertThat(first.total()).as("total of %s", query).isEqualTo(expected.size());
            assertThat(found).as("hits of %s", query).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(Post::id).toList());
            if (query.sort() != SearchSort.RELEVANCE) {
                assertThat(found).as("order of %s", query).containsExactlyElementsOf(
                        expected.stream().sorted(dateOrder(query.sort())).map(Post::id).toList());
            }
            if (query.facets()) {
                assertThat(first.facets().tags()).as("tag facets of %s", query)
                        .containsExactlyElementsOf(facets(expected, Post::tags));
                assertThat(first.facets().authors()).as("author facets of %s", query)
                        .containsExactlyElementsOf(facets(expected, post -> List.of(post.author())));
            } else {
                assertThat(first.facets().tags()).isEmpty();
                assertThat(first.facets().authors()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("highlights mark the query's words in escaped text, and are left out when not asked for")
    void highlightsMarkTerms() {
        Post post = article("Comets", "Whether a < b or not, the comet returns every seventy years & more.",
                PostStatus.PUBLISHED);
        apply(List.of(post), Set.of());

        SearchHit hit = index.search(SearchQuery.of("comet")).hits().get(0);

        assertThat(hit.highlights()).isNotEmpty();
        assertThat(String.join(" ", hit.highlights())).containsIgnoringCase("<mark>comet</mark>");
        assertThat(hit.highlights()).allSatisfy(snippet -> {
            assertThat(snippet).contains("<mark>");
            assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        });
        assertThat(String.join(" ", hit.highlights())).contains("&lt;").doesNotContain("& more");
        assertThat(index.search(SearchQuery.builder("comet").highlight(false).build()).hits().get(0).highlights())
                .isEmpty();
    }

    @Test
    @DisplayName("query text that is malformed in any syntax is refused with its position, never an internal error")
    void badSyntaxIsRefused(Random random) {
        apply(List.of(article("Anything", "Some words.", PostStatus.PUBLISHED)), Set.of());

        for (String text : List.of("\"unclosed phrase", "(merkle OR proofs", "merkle)")) {
            assertThatThrownBy(() -> index.search(SearchQuery.of(text))).as(text)
                    .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
                        assertThat(e.position()).isPresent();
                        assertThat(e.position().getAsInt()).isBetween(0, text.length());
                    });
        }
        String alphabet = "ab \"()+-:*?~^[]{}!\\/&|";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                index.search(SearchQuery.of(text.toString()));
            } catch (InvalidQueryException expected) {
                assertThat(expected.getMessage()).as(text.toString()).isNotBlank();
            }
        }
    }

    @Test
    @DisplayName("a cursor that is not one of the index's is refused")
    void badCursorIsRefused() {
        apply(List.of(article("Anything", "Some words.", PostStatus.PUBLISHED)), Set.of());

        assertThatThrownBy(() -> index.search(SearchQuery.builder("").cursor("not a cursor").build()))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("not a cursor");
    }

    @Test
    @DisplayName("contents, marker and results are the same after closing and reopening")
    void stableAcrossRestarts(Random random) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            posts.add(randomPost(random, i));
        }
        IndexMarker marker = apply(posts, Set.of(posts.get(0).id()));
        List<SearchQuery> queries = List.of(SearchQuery.builder("lantern meadow").facets(true).build(),
                SearchQuery.builder("\"copper harbor\"").includeUnpublished(true).build(),
                SearchQuery.builder("").sort(SearchSort.NEWEST).facets(true).limit(50).build());
        List<SearchResults> before = queries.stream().map(index::search).toList();

        index.close();
        index = openIndex(context());

        assertThat(index.marker()).contains(marker);
        assertThat(queries.stream().map(index::search).toList()).isEqualTo(before);
    }

    @Test
    @DisplayName("a rebuild is invisible until committed, then replaces the whole index at its marker")
    void rebuildSwapsAtomically() {
        Post old = article("Old harbor", "Harbor notes.", PostStatus.PUBLISHED);
        apply(List.of(old), Set.of());
        Post fresh = article("New harbor", "Harbor notes again.", PostStatus.PUBLISHED);
        IndexMarker rebuilt = new IndexMarker(7, "ab".repeat(32));

        try (IndexBuild build = index.rebuild()) {
            build.add(List.of(fresh));
            index.refresh();
            assertThat(ids(index.search(SearchQuery.of("harbor")))).containsExactly(old.id());

            build.commit(rebuilt);

            assertThat(ids(index.search(SearchQuery.of("harbor")))).containsExactly(fresh.id());
            assertThat(index.marker()).contains(rebuilt);
            assertThatThrownBy(() -> build.commit(rebuilt)).isInstanceOf(IllegalStateException.class);
        }
        index.close();
        index = openIndex(context());
        assertThat(index.marker()).contains(rebuilt);
        assertThat(ids(index.search(SearchQuery.of("harbor")))).containsExactly(fresh.id());
    }

    @Test
    @DisplayName("a rebuild closed without commit leaves the index as it was")
    void abandonedRebuildChangesNothing() {
        Post old = article("Old harbor", "Harbor notes.", PostStatus.PUBLISHED);
        IndexMarker marker = apply(List.of(old), Set.of());

        try (IndexBuild build = index.rebuild()) {
            build.add(List.of(article("New harbor", "Harbor notes again.", PostStatus.PUBLISHED)));
        }
        index.refresh();

        assertThat(ids(index.search(SearchQuery.of("harbor")))).containsExactly(old.id());
        assertThat(index.marker()).contains(marker);
    }

    @Test
    @DisplayName("suggestions are published titles by prefix of their first or a later word, and follow edits")
    void suggestsTitles() {
        Post start = article("Merkle trees explained", "Body.", PostStatus.PUBLISHED);
        Post later = article("Proofs with merkle logs", "Body.", PostStatus.PUBLISHED);
        Post draft = article("Merkle draft", "Body.", PostStatus.DRAFT);
        apply(List.of(later, start, draft, article("Bread", "Body.", PostStatus.PUBLISHED)), Set.of());

        assertThat(index.suggest("MERK", 10)).containsExactly("Merkle trees explained", "Proofs with merkle logs");
        assertThat(index.suggest("merkle t", 10)).containsExactly("Merkle trees explained");
        assertThat(index.suggest("merk", 1)).containsExactly("Merkle trees explained");
        assertThat(index.suggest("  ", 10)).isEmpty();

        apply(List.of(TestPosts.edited(start, "Hash trees explained", clock.instant())), Set.of(later.id()));

        assertThat(index.suggest("merk", 10)).isEmpty();
        assertThat(index.suggest("hash", 10)).containsExactly("Hash trees explained");
    }

    @Test
    @DisplayName("related posts share the post's words, most alike first, never the post itself or an unpublished one")
    void relatedPosts() {
        Post source = article("Sourdough starter care", "Feed the sourdough starter with rye flour and water; "
                + "a lively starter doubles, and sourdough bread rises.", PostStatus.PUBLISHED);
        Post close = article("Sourdough bread crumb", "A sourdough loaf from a ripe starter: rye flour, water, "
                + "a long rise.", PostStatus.PUBLISHED);
        Post distant = article("Baking with rye", "Rye flour makes dense bread.", PostStatus.PUBLISHED);
        Post draft = article("Sourdough starter draft", "Sourdough starter sourdough starter rye flour water.",
                PostStatus.DRAFT);
        Post unrelated = article("Mountain passes", "Switchbacks, snow and a lantern.", PostStatus.PUBLISHED);
        apply(List.of(source, close, distant, draft, unrelated), Set.of());

        List<SearchHit> related = index.related(source.id(), 10);

        assertThat(related).extracting(SearchHit::postId).startsWith(close.id())
                .doesNotContain(source.id(), draft.id(), unrelated.id());
        assertThat(index.related("no-such-post", 10)).isEmpty();
    }

    private IndexMarker apply(List<Post> upserts, Set<String> removals) {
        position++;
        IndexMarker marker = new IndexMarker(position, String.format("%064x", position));
        index.update(new IndexUpdate(upserts, removals, marker));
        index.refresh();
        return marker;
    }

    private Post article(String title, String body, PostStatus status) {
        String id = String.format("p%03d", ids.size());
        ids.add(id);
        clock.advance(Duration.ofMinutes(1));
        Instant now = clock.instant();
        return TestPosts.article(id, title, body, List.of(), "ada", status, now,
                status == PostStatus.PUBLISHED ? now : null);
    }

    private Post randomPost(Random random, int i) {
        PostStatus status = PostStatus.values()[random.nextInt(PostStatus.values().length)];
        Instant updated = Instant.parse("2029-01-01T00:00:00Z").plus(Duration.ofHours(random.nextInt(5_000)));
        Instant published = status == PostStatus.PUBLISHED || status == PostStatus.ARCHIVED && random.nextBoolean()
                ? updated.minus(Duration.ofHours(random.nextInt(1_000))) : null;
        List<String> tags = TAGS.stream().filter(tag -> random.nextInt(3) == 0).toList();
        String body = Stream.generate(() -> FILLER.get(random.nextInt(FILLER.size()))).limit(12)
                .collect(Collectors.joining(" "));
        return TestPosts.article(String.format("r%03d", i), "Field notes " + FILLER.get(random.nextInt(FILLER.size())),
                body, tags, AUTHORS.get(random.nextInt(AUTHORS.size())), status, updated, published);
    }

    private static SearchQuery randomQuery(Random random) {
        SearchQuery.Builder builder = SearchQuery.builder(random.nextInt(3) == 0 ? "" : "notes")
                .sort(SearchSort.values()[random.nextInt(SearchSort.values().length)])
                .limit(1 + random.nextInt(17))
                .facets(random.nextBoolean())
                .highlight(random.nextBoolean());
        boolean editor = random.nextBoolean();
        builder.includeUnpublished(editor);
        if (editor && random.nextBoolean()) {
            builder.status(PostStatus.values()[random.nextInt(PostStatus.values().length)]);
        }
        if (random.nextInt(3) == 0) {
            builder.tag(TAGS.get(random.nextInt(TAGS.size())));
        }
        if (random.nextInt(4) == 0) {
            builder.author(AUTHORS.get(random.nextInt(AUTHORS.size())));
        }
        if (random.nextInt(3) == 0) {
            Instant from = Instant.parse("2029-01-01T00:00:00Z").plus(Duration.ofHours(random.nextInt(3_000)));
            builder.publishedBetween(random.nextBoolean() ? from : null,
                    from.plus(Duration.ofHours(1 + random.nextInt(3_000))));
        }
        return builder.build();
    }

    private static Predicate<Post> matching(SearchQuery query) {
        return post -> query.visibleStatuses().contains(post.status())
                && post.tags().containsAll(query.tags())
                && (query.author() == null || query.author().equals(post.author()))
                && (query.publishedFrom() == null && query.publishedBefore() == null || post.publishedAt() != null
                && (query.publishedFrom() == null || !post.publishedAt().isBefore(query.publishedFrom()))
                && (query.publishedBefore() == null || post.publishedAt().isBefore(query.publishedBefore())));
    }

    /** The order of {@link SearchSort#NEWEST} and {@link SearchSort#OLDEST} as the API defines it. */
    private static Comparator<Post> dateOrder(SearchSort sort) {
        Comparator<Instant> direction = sort == SearchSort.NEWEST ? Comparator.reverseOrder()
                : Comparator.naturalOrder();
        return Comparator.comparing(Post::publishedAt, Comparator.nullsLast(direction))
                .thenComparing(Post::updatedAt, direction)
                .thenComparing(Post::id);
    }

    private static List<FacetCount> facets(List<Post> posts, Function<Post, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        posts.forEach(post -> new HashSet<>(values.apply(post)).forEach(value -> counts.merge(value, 1L, Long::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SearchFacets.MAX_VALUES)
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static SearchQuery editor(String text) {
        return SearchQuery.builder(text).includeUnpublished(true).build();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::postId).toList();
    }
}
