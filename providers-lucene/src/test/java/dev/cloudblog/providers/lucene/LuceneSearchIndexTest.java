package dev.cloudblog.providers.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Seo;
import dev.cloudblog.api.search.FacetCount;
import dev.cloudblog.api.search.SearchFacets;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.api.search.SearchSort;
import dev.cloudblog.spi.search.IndexBuild;
import dev.cloudblog.spi.search.IndexMarker;
import dev.cloudblog.spi.search.IndexUpdate;
import dev.cloudblog.spi.search.SearchIndex;
import dev.cloudblog.spi.search.SearchProvider;
import dev.cloudblog.tck.Eventually;
import dev.cloudblog.tck.ProviderContexts;
import dev.cloudblog.tck.RandomSeedExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The lucene search index")
@ExtendWith(RandomSeedExtension.class)
class LuceneSearchIndexTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path dataDir;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<SearchIndex> opened = new ArrayList<>();
    private long position;

    @AfterEach
    void closeEverything() {
        opened.forEach(SearchIndex::close);
        executor.shutdownNow();
    }

    private Path indexPath() {
        return dataDir.resolve("lucene");
    }

    private SearchIndex open(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>();
        all.put("blog.lucene.path", indexPath().toString());
        all.putAll(settings);
        SearchIndex index = new LuceneSearchProvider()
                .create(ProviderContexts.context(all, Clock.fixed(T0, ZoneOffset.UTC), executor));
        opened.add(index);
        return index;
    }

    private SearchIndex open() {
        return open(Map.of());
    }

    private IndexMarker nextMarker() {
        position++;
        return new IndexMarker(position, "hash" + position);
    }

    private IndexMarker index(SearchIndex index, Post... posts) {
        IndexMarker marker = nextMarker();
        index.update(new IndexUpdate(List.of(posts), Set.of(), marker));
        index.refresh();
        return marker;
    }

    private void remove(SearchIndex index, String... ids) {
        index.update(new IndexUpdate(List.of(), Set.of(ids), nextMarker()));
        index.refresh();
    }

    private static PostBuilder post(String id) {
        return new PostBuilder(id);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::postId).toList();
    }

    private static List<String> ids(SearchIndex index, String text) {
        return ids(index.search(SearchQuery.builder(text).limit(SearchQuery.MAX_LIMIT).build()));
    }

    private static SearchQuery.Builder editor(String text) {
        return SearchQuery.builder(text).includeUnpublished(true).limit(SearchQuery.MAX_LIMIT);
    }

    /** Malformed query text, and the offset of its problem. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("\"unclosed", 0),
                Arguments.of("title:(", 7),
                Arguments.of("AND", 0),
                Arguments.of("(a OR", 5),
                Arguments.of("*leading", 0),
                Arguments.of("a:b:c", 0),
                Arguments.of("]", 0),
                Arguments.of("\\", 0),
                Arguments.of("~", 0),
                Arguments.of("^2", 0),
                Arguments.of("merkle title:*", 13),
                Arguments.of("proofs ?ish", 7),
                Arguments.of("TCP/IP", 3),
                Arguments.of("merkle^x", 7),
                Arguments.of("merkle^ 2", 7),
                Arguments.of("merkle^\n", 7),
                Arguments.of("merkle AND", 10),
                Arguments.of("merkle \\", 7),
                Arguments.of("] merkle \\", 0),
                Arguments.of("merkle \\u12", 7),
                Arguments.of("merkle title:\\uZZZZ", 13),
                Arguments.of("merkle^99999999999999999999999999999999999999999", 7),
                Arguments.of("/[/", 0),
                Arguments.of("merkle\nproofs\n\t\"open", 15),
                Arguments.of("line one\nline two )", 18),
                Arguments.of("first\r\nsecond color:red", 14));
    }

    @Nested
    @DisplayName("query text")
    class QueryText {

        private SearchIndex index;

        @BeforeEach
        void indexPosts() {
            index = open();
            index(index,
                    post("fielded-title").title("Merkle basics").html("<p>All about hashing.</p>").tags("crypto").build(),
                    post("fielded-body").title("Hashing").html("<p>A merkle tree is mentioned here.</p>").author("bob")
                            .build(),
                    post("phrase").title("Short").html("<p>Merkle proofs are short.</p>").build(),
                    post("reversed").title("Reversed").html("<p>Proofs about merkle roots.</p>").build(),
                    post("learning").title("Learning").html("<p>Models.</p>").tags("machine learning").build());
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("dev.cloudblog.providers.lucene.LuceneSearchIndexTest#malformed")
        @DisplayName("malformed text is refused at the offset of the problem")
        void malformedTextIsRefused(String text, int offset) {
            InvalidQueryException refused = catchThrowableOfType(InvalidQueryException.class,
                    () -> index.search(SearchQuery.of(text)));
            assertThat(refused).as("refusal of %s", text).isNotNull();
            assertThat(refused.position()).as("position in %s: %s", text, refused.getMessage()).hasValue(offset);
        }

        @Test
        @DisplayName("an unknown field is refused naming the field and the fields there are")
        void unknownFieldIsRefused() {
            assertThatThrownBy(() -> index.search(SearchQuery.of("merkle color:red")))
                    .isInstanceOfSatisfying(InvalidQueryException.class,
                            e -> assertThat(e.position()).hasValue(7))
                    .hasMessageContaining("'color'")
                    .hasMessageContaining("title, body, tags, author");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"merkle~", "merk*", "title:merkle^2", "\"merkle proofs\"~2", "tags:\"machine learning\"",
                "title:[a TO z]", "/merk.*/", "merkle && !proofs", "(merkle OR hashing) AND NOT short", "\\*escaped",
                "merkle\n\nproofs", "  merkle  "})
        @DisplayName("the rest of the classic syntax runs")
        void classicSyntaxRuns(String text) {
            assertThat(index.search(SearchQuery.of(text)).total()).isNotNegative();
        }

        @Test
        @DisplayName("random text either runs or is refused with a position inside the text")
        void randomTextRunsOrIsRefused(Random random) {
            List<String> pieces = List.of("merkle", "proofs", "hash", " ", " ", "\"", "(", ")", "[", "]", "{", "}", ":",
                    "title:", "tags:", "author:", "body:", "nope:", "*", "?", "~", "~2", "^", "^3", "2", "+", "-", "!",
                    "&&", "||", "AND", "OR", "NOT", "TO", "\\", "/", "\n", "é", "日本", "'", "<b>", "&");
            for (int i = 0; i < 3_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(12); n > 0; n--) {
                    text.append(pieces.get(random.nextInt(pieces.size())));
                }
                SearchQuery query = SearchQuery.builder(text.toString()).facets(true).limit(5).build();
                try {
                    assertThat(index.search(query).total()).isNotNegative();
                } catch (InvalidQueryException e) {
                    assertThat(e.position()).as("position of the problem in '%s': %s", text, e.getMessage()).isPresent();
                    assertThat(e.position().getAsInt()).isBetween(0, text.length());
                }
            }
        }

        @Test
        @DisplayName("fielded terms search only their field")
        void fieldedTerms() {
            assertThat(ids(index, "title:merkle")).containsExactly("fielded-title");
            assertThat(ids(index, "body:merkle")).containsExactlyInAnyOrder("fielded-body", "phrase", "reversed");
            assertThat(ids(index, "tags:crypto")).containsExactly("fielded-title");
            assertThat(ids(index, "tags:CRYPTO")).containsExactly("fielded-title");
            assertThat(ids(index, "tags:\"machine learning\"")).containsExactly("learning");
            assertThat(ids(index, "author:bob")).containsExactly("fielded-body");
        }

        @Test
        @DisplayName("a title match ranks above body mentions")
        void titleRanksFirst() {
            List<SearchHit> hits = index.search(SearchQuery.of("merkle")).hits();
            assertThat(hits).first().extracting(SearchHit::postId).isEqualTo("fielded-title");
            assertThat(hits).extracting(SearchHit::score).allSatisfy(score -> assertThat(score).isFinite().isPositive())
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }

        @Test
        @DisplayName("phrases need their words in order, + requires a term and - excludes it")
        void phrasesAndOperators() {
            assertThat(ids(index, "\"merkle proofs\"")).containsExactly("phrase");
            assertThat(ids(index, "+merkle +short")).containsExactly("phrase");
            assertThat(ids(index, "merkle -short")).containsExactlyInAnyOrder("fielded-title", "fielded-body", "reversed");
            assertThat(ids(index, "-merkle")).containsExactlyInAnyOrder("learning");
        }

        @Test
        @DisplayName("words are stemmed in the configured language")
        void stemming() {
            assertThat(ids(index, "proof")).containsExactlyInAnyOrder("phrase", "reversed");
        }

        @Test
        @DisplayName("blank text matches every post that passes the filters")
        void blankTextMatchesAll() {
            assertThat(index.search(SearchQuery.of(" \n ")).total()).isEqualTo(5);
        }

        @Test
        @DisplayName("text expanding to more clauses than a search may have is refused")
        void tooManyClauses() {
            String text = IntStream.range(0, 700).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
            assertThatThrownBy(() -> index.search(SearchQuery.of(text)))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("terms");
        }
    }

    @Nested
    @DisplayName("filters and order")
    class FiltersAndOrder {

        private SearchIndex index;

        @BeforeEach
        void indexPosts() {
            index = open();
            index(index,
                    post("p1").title("Merkle one").published(T0.plus(Duration.ofDays(1))).tags("java", "lucene").build(),
                    post("p2").title("Merkle two").published(T0.plus(Duration.ofDays(3))).tags("java").author("bob").build(),
                    post("p3").title("Merkle three").published(T0.plus(Duration.ofDays(2))).tags("lucene").build(),
                    post("d1").title("Merkle draft one").status(PostStatus.DRAFT).updated(T0.plus(Duration.ofDays(5)))
                            .tags("java", "lucene").build(),
                    post("d2").title("Merkle draft two").status(PostStatus.DRAFT).updated(T0.plus(Duration.ofDays(4)))
                            .build());
        }

        @Test
        @DisplayName("public searches see published posts only, editors see every status they ask for")
        void statuses() {
            assertThat(ids(index, "merkle")).containsExactlyInAnyOrder("p1", "p2", "p3");
            assertThat(ids(index.search(editor("merkle").build()))).hasSize(5);
            assertThat(ids(index.search(editor("merkle").status(PostStatus.DRAFT).build())))
                    .containsExactlyInAnyOrder("d1", "d2");
        }

        @Test
        @DisplayName("every tag asked for is required, and the author must match")
        void tagsAndAuthor() {
            assertThat(ids(index.search(editor("").tag("java", "lucene").build()))).containsExactlyInAnyOrder("p1", "d1");
            assertThat(ids(index.search(editor("").tag("JAVA").author("bob").build()))).containsExactly("p2");
        }

        @Test
        @DisplayName("the publish range includes its start, excludes its end and never matches unpublished posts")
        void publishRange() {
            SearchQuery query = editor("").publishedBetween(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(3))).build();
            assertThat(ids(index.search(query))).containsExactlyInAnyOrder("p1", "p3");
            SearchQuery open = editor("").publishedBetween(T0.plus(Duration.ofDays(2)), null).build();
            assertThat(ids(index.search(open))).containsExactlyInAnyOrder("p2", "p3");
        }

        @Test
        @DisplayName("newest and oldest order by publish time, unpublished posts last by their last save")
        void timeOrders() {
            assertThat(ids(index.search(editor("").sort(SearchSort.NEWEST).build())))
                    .containsExactly("p2", "p3", "p1", "d1", "d2");
            assertThat(ids(index.search(editor("").sort(SearchSort.OLDEST).build())))
                    .containsExactly("p1", "p3", "p2", "d2", "d1");
        }

        @Test
        @DisplayName("hits ordered by time still carry their relevance scores")
        void scoresForTimeOrders() {
            SearchResults results = index.search(editor("merkle draft").sort(SearchSort.NEWEST).build());
            assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.score()).isFinite().isPositive());
            assertThat(results.hits().get(0).score()).isLessThan(results.hits().get(3).score());
        }

        @Test
        @DisplayName("ties in relevance are broken by id")
        void relevanceTies() {
            assertThat(ids(index.search(editor("").build()))).containsExactly("d1", "d2", "p1", "p2", "p3");
        }
    }

    @Nested
    @DisplayName("paging")
    class Paging {

        private SearchIndex index;

        @BeforeEach
        void openIndex() {
            index = open();
        }

        @Test
        @DisplayName("cursors page through every hit once, with exact totals, and the last page has no cursor")
        void pagesNeverRepeatOrSkip() {
            Post[] posts = IntStream.range(0, 25)
                    .mapToObj(i -> post("post-" + (char) ('a' + i)).title("Merkle " + i).html("<p>merkle " + "tree ".repeat(i)
                            + "</p>").build())
                    .toArray(Post[]::new);
            index(index, posts);
            SearchQuery query = SearchQuery.builder("merkle tree").limit(10).build();
            List<String> seen = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            SearchResults page = index.search(query);
            while (true) {
                seen.addAll(ids(page));
                totals.add(page.total());
                if (!page.hasMore()) {
                    break;
                }
                page = index.search(query.after(page.nextCursor()));
            }
            assertThat(seen).hasSize(25).doesNotHaveDuplicates();
            assertThat(totals).containsExactly(25L, 25L, 25L);
        }

        @Test
        @DisplayName("a cursor that was not handed out is refused, naming it")
        void badCursor() {
            assertThatThrownBy(() -> index.search(SearchQuery.builder("x").cursor("not-a-cursor!").build()))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("not-a-cursor!");
            String forged = Base64.getUrlEncoder().encodeToString("v2:10".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> index.search(SearchQuery.builder("x").cursor(forged).build()))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining(forged);
        }

        @Test
        @DisplayName("a page reaching past the maximum depth is refused")
        void tooDeep() {
            String deep = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("v1:" + (SearchQuery.MAX_DEPTH - 5)).getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> index.search(SearchQuery.builder("x").limit(10).cursor(deep).build()))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining(Integer.toString(SearchQuery.MAX_DEPTH));
            assertThat(index.search(SearchQuery.builder("x").limit(5).cursor(deep).build()).hits()).isEmpty();
        }
    }

    @Nested
    @DisplayName("highlights")
    class Highlights {

        private SearchIndex index;

        @BeforeEach
        void openIndex() {
            index = open();
        }

        @Test
        @DisplayName("mark the title first, then body passages, escaping the body's HTML")
        void markAndEscape() {
            index(index, post("h").title("Merkle proofs explained")
                    .html("<p>Tom &amp; Jerry's <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> tip: "
                            + "<em>merkle</em> proofs are small.</p>")
                    .build());
            List<String> highlights = index.search(SearchQuery.of("merkle")).hits().get(0).highlights();
            assertThat(highlights).hasSize(2);
            assertThat(highlights.get(0)).isEqualTo("<mark>Merkle</mark> proofs explained");
            assertThat(highlights.get(1))
                    .contains("Tom &amp; Jerry", "&lt;script&gt;", "<mark>merkle</mark>")
                    .doesNotContain("<script>", "<em>", "<code>");
        }

        @Test
        @DisplayName("hold at most three body passages, each with a match")
        void bodyPassages() {
            String body = IntStream.range(0, 20)
                    .mapToObj(i -> "Sentence number " + i + " is about merkle trees and much else besides.")
                    .collect(Collectors.joining(" ", "<p>", "</p>"));
            index(index, post("long").title("Trees").html(body).build());
            List<String> highlights = index.search(SearchQuery.of("merkle")).hits().get(0).highlights();
            assertThat(highlights).hasSize(3).allSatisfy(passage -> assertThat(passage).contains("<mark>merkle</mark>"));
        }

        @Test
        @DisplayName("are empty when turned off, for filter-only searches, and for fields that did not match")
        void emptyWhenNothingToMark() {
            index(index, post("h").title("Hashing").html("<p>merkle</p>").tags("crypto").build());
            assertThat(index.search(SearchQuery.builder("merkle").highlight(false).build()).hits().get(0).highlights())
                    .isEmpty();
            assertThat(index.search(SearchQuery.builder("").tag("crypto").build()).hits().get(0).highlights()).isEmpty();
            assertThat(index.search(SearchQuery.of("tags:crypto")).hits().get(0).highlights()).isEmpty();
            assertThat(index.search(SearchQuery.of("merkle")).hits().get(0).highlights())
                    .containsExactly("<mark>merkle</mark>");
        }
    }

    @Nested
    @DisplayName("facets")
    class Facets {

        private SearchIndex index;

        @BeforeEach
        void openIndex() {
            index = open();
        }

        @Test
        @DisplayName("count every match, most frequent first and ties by value")
        void countsAndOrder() {
            index(index,
                    post("a").tags("java", "lucene").author("cy").build(),
                    post("b").tags("java").author("bob").build(),
                    post("c").tags("java", "search").author("ann").build(),
                    post("d").tags("lucene").author("ann").build());
            SearchFacets all = index.search(SearchQuery.builder("").facets(true).limit(1).build()).facets();
            assertThat(all.tags()).containsExactly(
                    new FacetCount("java", 3), new FacetCount("lucene", 2), new FacetCount("search", 1));
            assertThat(all.authors()).containsExactly(
                    new FacetCount("ann", 2), new FacetCount("bob", 1), new FacetCount("cy", 1));
            SearchFacets java = index.search(SearchQuery.builder("").tag("java").facets(true).build()).facets();
            assertThat(java.tags()).containsExactly(
                    new FacetCount("java", 3), new FacetCount("lucene", 1), new FacetCount("search", 1));
            assertThat(index.search(SearchQuery.of("")).facets()).isEqualTo(SearchFacets.NONE);
        }

        @Test
        @DisplayName("are empty for an empty index and for a dimension no post has")
        void emptyDimensions() {
            assertThat(index.search(SearchQuery.builder("").facets(true).build()).facets())
                    .isEqualTo(new SearchFacets(List.of(), List.of()));
            index(index, post("untagged").author("ann").build());
            SearchFacets facets = index.search(SearchQuery.builder("").facets(true).build()).facets();
            assertThat(facets.tags()).isEmpty();
            assertThat(facets.authors()).containsExactly(new FacetCount("ann", 1));
        }

        @Test
        @DisplayName("follow updates and removals")
        void followChanges() {
            index(index, post("a").tags("java").build(), post("b").tags("java").build());
            index(index, post("a").tags("go").build());
            remove(index, "b");
            assertThat(index.search(SearchQuery.builder("").facets(true).build()).facets().tags())
                    .containsExactly(new FacetCount("go", 1));
        }
    }

    @Nested
    @DisplayName("suggestions")
    class Suggestions {

        private SearchIndex index;

        @BeforeEach
        void indexPosts() {
            index = open();
            index(index,
                    post("trees").title("Merkle Trees in Practice").build(),
                    post("practical").title("Practical  Merkle proofs").build(),
                    post("stake").title("Proof of stake").build(),
                    post("draft").title("Merkle drafts").status(PostStatus.DRAFT).build(),
                    post("same-1").title("Same title").build(),
                    post("same-2").title("Same title").build());
        }

        @Test
        @DisplayName("match the start of a title before a later word, case-insensitively, published posts only")
        void prefixes() {
            assertThat(index.suggest("merk", 10)).containsExactly("Merkle Trees in Practice", "Practical  Merkle proofs");
            assertThat(index.suggest("PRACT", 10)).containsExactly("Practical  Merkle proofs", "Merkle Trees in Practice");
            assertThat(index.suggest("merkle tr", 10)).containsExactly("Merkle Trees in Practice");
            assertThat(index.suggest("trees in pr", 10)).containsExactly("Merkle Trees in Practice");
            assertThat(index.suggest("xyz", 10)).isEmpty();
        }

        @Test
        @DisplayName("hold no duplicates and at most the limit")
        void duplicatesAndLimit() {
            assertThat(index.suggest("same", 10)).containsExactly("Same title");
            assertThat(index.suggest("p", 1)).containsExactly("Practical  Merkle proofs");
            assertThat(index.suggest("p", 10)).hasSize(3);
        }

        @Test
        @DisplayName("are none for a blank prefix, and the limit must be 1 to 100")
        void blankAndLimits() {
            assertThat(index.suggest("  ", 10)).isEmpty();
            assertThatThrownBy(() -> index.suggest("m", 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("limit");
            assertThatThrownBy(() -> index.suggest("m", 101)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("follow renames, unpublishing and deletions")
        void followChanges() {
            index(index, post("trees").title("Hash Trees in Practice").build(),
                    post("practical").title("Practical Merkle proofs").status(PostStatus.DRAFT).build());
            remove(index, "stake");
            assertThat(index.suggest("merk", 10)).isEmpty();
            assertThat(index.suggest("hash", 10)).containsExactly("Hash Trees in Practice");
            assertThat(index.suggest("pr", 10)).containsExactly("Hash Trees in Practice");
        }
    }

    @Nested
    @DisplayName("related posts")
    class Related {

        private SearchIndex index;

        @BeforeEach
        void indexPosts() {
            index = open();
            index(index,
                    post("r1").title("Merkle trees").html("<p>Merkle trees hash blocks into a root hash.</p>")
                            .tags("crypto").build(),
                    post("r2").title("Merkle proofs").html("<p>A proof walks merkle trees from leaf hash to root.</p>")
                            .tags("crypto").build(),
                    post("r3").title("Merkle drafts").html("<p>Merkle trees and root hash in a draft.</p>")
                            .tags("crypto").status(PostStatus.DRAFT).build(),
                    post("r4").title("Cooking pasta").html("<p>Boil water, add salt.</p>").build());
        }

        @Test
        @DisplayName("are published posts sharing words and tags, never the post itself")
        void relatedPosts() {
            List<SearchHit> related = index.related("r1", 10);
            assertThat(related).extracting(SearchHit::postId).containsExactly("r2");
            assertThat(related.get(0).highlights()).isEmpty();
            assertThat(related.get(0).score()).isFinite().isPositive();
            assertThat(index.related("r3", 10)).extracting(SearchHit::postId).containsExactlyInAnyOrder("r1", "r2");
        }

        @Test
        @DisplayName("are none for a post not indexed, and the limit must be 1 to 100")
        void unknownAndLimits() {
            assertThat(index.related("missing", 10)).isEmpty();
            assertThatThrownBy(() -> index.related("r1", 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> index.related("r1", 101)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("durability")
    class Durability {

        @Test
        @DisplayName("a new index has no marker and finds nothing")
        void newIndex() {
            SearchIndex index = open();
            assertThat(index.marker()).isEmpty();
            assertThat(index.search(SearchQuery.of("")).total()).isZero();
            assertThat(index.suggest("a", 10)).isEmpty();
        }

        @Test
        @DisplayName("reopening keeps the posts and the marker of the last update")
        void reopenKeepsContents() {
            SearchIndex index = open();
            index(index, post("a").title("Merkle").build());
            IndexMarker last = index(index, post("b").title("Proofs").build());
            index.close();
            SearchIndex reopened = open();
            assertThat(reopened.marker()).contains(last);
            assertThat(ids(reopened, "merkle proofs")).containsExactlyInAnyOrder("a", "b");
            assertThat(reopened.suggest("merk", 10)).containsExactly("Merkle");
        }

        @Test
        @DisplayName("background tasks make updates searchable and durable without being asked")
        void backgroundRefreshAndCommit() throws IOException {
            SearchIndex index = open(Map.of("blog.lucene.refresh-interval", "5ms", "blog.lucene.commit-interval", "5ms"));
            IndexMarker marker = nextMarker();
            index.update(new IndexUpdate(List.of(post("a").title("Merkle").build()), Set.of(), marker));
            Eventually.await("the update is searchable", () -> index.search(SearchQuery.of("merkle")).total() == 1);
            try (Directory directory = FSDirectory.open(indexPath())) {
                Eventually.await("the update is committed", () -> committedPosition(directory).equals(
                        Optional.of(Long.toString(marker.position()))));
            }
        }

        private Optional<String> committedPosition(Directory directory) {
            try {
                return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData()
                        .get("cloudblog.marker.position"));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"segments_", ".si", ".cfs"})
        @DisplayName("a corrupt index starts over empty, without a marker, and works")
        void corruptIndexStartsOver(String damaged) throws IOException {
            SearchIndex index = open();
            index(index, post("a").title("Merkle").build());
            index.close();
            try (Stream<Path> files = Files.list(indexPath())) {
                List<Path> targets = files.filter(file -> file.getFileName().toString().startsWith(damaged)
                        || file.getFileName().toString().endsWith(damaged)).toList();
                assertThat(targets).isNotEmpty();
                for (Path target : targets) {
                    Files.write(target, "garbage, not an index file".getBytes(StandardCharsets.US_ASCII));
                }
            }
            SearchIndex reopened = open();
            assertThat(reopened.marker()).isEmpty();
            assertThat(reopened.search(SearchQuery.of("")).total()).isZero();
            IndexMarker marker = index(reopened, post("b").title("Proofs").build());
            assertThat(ids(reopened, "proofs")).containsExactly("b");
            reopened.close();
            assertThat(open().marker()).contains(marker);
        }

        @Test
        @DisplayName("a change of language empties the index for a rebuild")
        void languageChange() {
            SearchIndex index = open();
            index(index, post("a").title("Merkle").build());
            index.close();
            SearchIndex german = open(Map.of("blog.lucene.language", "german"));
            assertThat(german.marker()).isEmpty();
            assertThat(german.search(SearchQuery.of("")).total()).isZero();
        }

        @Test
        @DisplayName("the standard language neither stems nor drops stop words")
        void standardLanguage() {
            SearchIndex index = open(Map.of("blog.lucene.language", "standard"));
            index(index, post("a").title("The proofs").build());
            assertThat(ids(index, "proof")).isEmpty();
            assertThat(ids(index, "the")).containsExactly("a");
        }

        @Test
        @DisplayName("an in-memory index writes no files and is empty at every start")
        void inMemory() {
            SearchIndex index = open(Map.of("blog.lucene.in-memory", "true"));
            IndexMarker marker = index(index, post("a").title("Merkle").build());
            assertThat(index.marker()).contains(marker);
            assertThat(ids(index, "merkle")).containsExactly("a");
            index.close();
            SearchIndex again = open(Map.of("blog.lucene.in-memory", "true"));
            assertThat(again.marker()).isEmpty();
            assertThat(again.search(SearchQuery.of("")).total()).isZero();
            assertThat(indexPath()).doesNotExist();
        }

        @Test
        @DisplayName("searches running while posts are updated and refreshed see whole posts, never errors")
        void concurrentSearches() throws Exception {
            SearchIndex index = open(Map.of("blog.lucene.refresh-interval", "1ms", "blog.lucene.commit-interval", "5ms"));
            index(index, IntStream.range(0, 20).mapToObj(i -> post("p" + i).title("Merkle " + i).tags("t" + i % 3).build())
                    .toArray(Post[]::new));
            ExecutorService searchers = Executors.newFixedThreadPool(3);
            try {
                List<Future<Long>> searches = new ArrayList<>();
                for (int thread = 0; thread < 3; thread++) {
                    searches.add(searchers.submit(() -> {
                        long searched = 0;
                        for (int i = 0; i < 300; i++) {
                            SearchResults results = index.search(SearchQuery.builder("merkle").facets(true).build());
                            assertThat(results.total()).isEqualTo(20);
                            assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.title()).startsWith("Merkle"));
                            assertThat(index.suggest("merk", 5)).hasSize(5);
                            searched++;
                        }
                        return searched;
                    }));
                }
                for (int round = 0; round < 100; round++) {
                    index(index, post("p" + round % 20).title("Merkle edited " + round).tags("t" + round % 4).build());
                }
                for (Future<Long> search : searches) {
                    assertThat(search.get()).isEqualTo(300);
                }
            } finally {
                searchers.shutdownNow();
            }
        }

        @Test
        @DisplayName("a closed index refuses updates")
        void closedIndex() {
            SearchIndex index = open();
            index.close();
            assertThatThrownBy(() -> index(index, post("a").build())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(index::rebuild).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("settings")
    class Settings {

        @Test
        @DisplayName("an unknown language is refused, listing the supported ones")
        void unknownLanguage() {
            assertThatThrownBy(() -> open(Map.of("blog.lucene.language", "klingon")))
                    .isInstanceOf(BlogConfigurationException.class)
                    .hasMessageContaining("blog.lucene.language")
                    .hasMessageContaining("klingon")
                    .hasMessageContaining("english, german, french, spanish, italian, portuguese, dutch, standard");
        }

        @Test
        @DisplayName("a bad interval or the root as path is refused, naming the key and the value")
        void badValues() {
            assertThatThrownBy(() -> open(Map.of("blog.lucene.refresh-interval", "soon")))
                    .isInstanceOf(BlogConfigurationException.class)
                    .hasMessageContaining("blog.lucene.refresh-interval")
                    .hasMessageContaining("soon");
            assertThatThrownBy(() -> open(Map.of("blog.lucene.commit-interval", "0s")))
                    .isInstanceOf(BlogConfigurationException.class)
                    .hasMessageContaining("blog.lucene.commit-interval");
            assertThatThrownBy(() -> open(Map.of("blog.lucene.path", "/")))
                    .isInstanceOf(BlogConfigurationException.class)
                    .hasMessageContaining("blog.lucene.path");
        }

        @Test
        @DisplayName("the index lives under blog.data.dir unless blog.lucene.path says otherwise")
        void defaultPath() {
            Map<String, String> settings = Map.of("blog.data.dir", dataDir.resolve("data").toString());
            SearchIndex index = new LuceneSearchProvider()
                    .create(ProviderContexts.context(settings, Clock.fixed(T0, ZoneOffset.UTC), executor));
            opened.add(index);
            assertThat(dataDir.resolve("data").resolve("lucene")).isDirectoryContaining(
                    file -> file.getFileName().toString().startsWith("segments_"));
        }

        @Test
        @DisplayName("the provider is found by its name through the service loader")
        void serviceLoader() {
            assertThat(ServiceLoader.load(SearchProvider.class).stream()
                    .map(provider -> provider.get().name())).contains("lucene");
        }
    }

    @Nested
    @DisplayName("rebuilds")
    class Rebuilds {

        private SearchIndex index;

        @BeforeEach
        void indexPosts() {
            index = open();
            index(index, post("old-1").title("Old merkle").build(), post("old-2").title("Old proofs").build());
        }

        @Test
        @DisplayName("swap in atomically: searches see the old index during the build and the new one after")
        void atomicSwap() {
            IndexMarker marker = new IndexMarker(99, "hash99");
            try (IndexBuild build = index.rebuild()) {
                build.add(List.of(post("new-1").title("New merkle").build()));
                build.add(List.of(post("new-2").title("New proofs").build(), post("new-1").title("New merkle").build()));
                index.refresh();
                assertThat(ids(index, "")).containsExactlyInAnyOrder("old-1", "old-2");
                assertThat(index.suggest("old", 10)).hasSize(2);
                build.commit(marker);
            }
            assertThat(index.marker()).contains(marker);
            assertThat(ids(index, "")).containsExactlyInAnyOrder("new-1", "new-2");
            assertThat(index.suggest("new", 10)).containsExactly("New merkle", "New proofs");
            assertThat(index.search(SearchQuery.builder("merkle").facets(true).build()).facets().authors())
                    .containsExactly(new FacetCount("ada", 1));
            index.close();
            SearchIndex reopened = open();
            assertThat(reopened.marker()).contains(marker);
            assertThat(ids(reopened, "")).containsExactlyInAnyOrder("new-1", "new-2");
            assertThat(siblings()).containsExactly("lucene");
        }

        @Test
        @DisplayName("closed without a commit leave the live index as it was and delete their files")
        void closeDiscards() {
            Optional<IndexMarker> before = index.marker();
            IndexBuild build = index.rebuild();
            build.add(List.of(post("new").title("New").build()));
            assertThat(siblings()).hasSize(2);
            build.close();
            build.close();
            assertThat(index.marker()).isEqualTo(before);
            assertThat(ids(index, "")).containsExactlyInAnyOrder("old-1", "old-2");
            assertThat(siblings()).containsExactly("lucene");
            assertThatThrownBy(() -> build.commit(new IndexMarker(1, "h"))).isInstanceOf(IllegalStateException.class);
        }

        @Test
        @DisplayName("commit once only")
        void commitOnce() {
            IndexBuild build = index.rebuild();
            build.commit(new IndexMarker(5, "h5"));
            assertThatThrownBy(() -> build.commit(new IndexMarker(6, "h6"))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> build.add(List.of(post("x").build()))).isInstanceOf(IllegalStateException.class);
            assertThat(index.marker()).contains(new IndexMarker(5, "h5"));
            assertThat(index.search(SearchQuery.of("")).total()).isZero();
        }

        @Test
        @DisplayName("left behind by a stopped process are deleted when the index opens")
        void leftoversDeleted() throws IOException {
            index.close();
            Path leftover = Files.createDirectories(dataDir.resolve("lucene.rebuild-123"));
            Files.writeString(leftover.resolve("_0.cfs"), "partial");
            open();
            assertThat(siblings()).containsExactly("lucene");
        }

        private Set<String> siblings() {
            try (Stream<Path> files = Files.list(dataDir)) {
                return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Builds posts with the fields search cares about; the rest get plain values. */
    private static final class PostBuilder {
        private final String id;
        private String title;
        private String html = "<p>Body</p>";
        private List<String> tags = List.of();
        private String author = "ada";
        private PostStatus status = PostStatus.PUBLISHED;
        private Instant publishedAt = T0;
        private Instant updatedAt = T0;

        PostBuilder(String id) {
            this.id = id;
            this.title = "Title " + id;
        }

        PostBuilder title(String title) {
            this.title = title;
            return this;
        }

        PostBuilder html(String html) {
            this.html = html;
            return this;
        }

        PostBuilder tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        PostBuilder author(String author) {
            this.author = author;
            return this;
        }

        PostBuilder status(PostStatus status) {
            this.status = status;
            this.publishedAt = status == PostStatus.PUBLISHED ? publishedAt : null;
            return this;
        }

        PostBuilder published(Instant publishedAt) {
            this.publishedAt = publishedAt;
            this.updatedAt = publishedAt;
            return this;
        }

        PostBuilder updated(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        Post build() {
            return new Post(id, "slug-" + id, title, html, html, "excerpt", null, tags, author, status, T0, updatedAt,
                    publishedAt, null, 1, "sha256:" + id, Duration.ofMinutes(1), Seo.NONE, Map.of());
        }
    }
}
