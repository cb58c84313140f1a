package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.store.DuplicateSlugException;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.spi.store.Keyset;
import dev.cloudblog.spi.store.LogAppend;
import dev.cloudblog.spi.store.LogConflictException;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.LogNode;
import dev.cloudblog.spi.store.StoredCheckpoint;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract every {@link PostStore} must pass. A provider's test extends it and says how to
 * create an empty store:
 *
 * <pre>{@code
 * class JpaPostStoreKitTest extends PostStoreKit {
 *     protected PostStore createStore(ProviderContext context) {
 *         return new JpaPostStoreProvider().create(context);
 *     }
 * }
 * }</pre>
 *
 * Randomized tests print their seed on failure; rerun with {@code -Dtck.seed=<seed>}.
 */
@ExtendWith(RandomSeedExtension.class)
public abstract class PostStoreKit extends ProviderKit {

    protected PostStore store;

    /** Creates an empty store. Called before every test; the kit closes it after. */
    protected abstract PostStore createStore(ProviderContext context);

    @BeforeEach
    void openStore() {
        store = createStore(context());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Post saveNew(String slug) {
        Post post = TestPosts.draft(UUID.randomUUID().toString(), slug, "Title " + slug, clock.instant());
        store.save(TestPosts.write(post));
        return post;
    }

    private Post saveNext(Post next) {
        store.save(TestPosts.write(next));
        return next;
    }

    @Test
    @DisplayName("a saved post is found by id and by slug, and its first revision is kept")
    void savesAndFinds() {
        Post post = saveNew("hello-world");

        assertThat(store.findById(post.id())).contains(post);
        assertThat(store.findBySlug("hello-world")).contains(new SlugResolution(post, "hello-world"));
        assertThat(store.revisions(post.id())).extracting(Revision::number).containsExactly(1L);
        assertThat(store.revision(post.id(), 1)).map(Revision::snapshot).contains(post);
        assertThat(store.findById("no-such-id")).isEmpty();
        assertThat(store.findBySlug("no-such-slug")).isEmpty();
    }

    @Test
    @DisplayName("a post round-trips with every field intact, Unicode and custom fields included")
    void roundTripsEveryField() {
        Instant now = clock.instant();
        Post post = new Post(UUID.randomUUID().toString(), "creme-brulee", "Crème brûlée — 焦糖布丁 🍮",
                "# Title\n\nBody with *Markdown* and 'quotes' \"and\" \\ backslashes\n", "<h1>Title</h1>",
                "Body with Markdown", "Custom excerpt", List.of("dessert", "french cuisine"), "Zoë",
                PostStatus.DRAFT, now, now, null, null, 1, "sha256:abc", Duration.ofMinutes(3),
                new dev.cloudblog.api.post.Seo("SEO title", "Description", "brulee"),
                Map.of("hero.image", "https://example.org/a.png", "series", "desserts"));
        store.save(TestPosts.write(post));

        assertThat(store.findById(post.id())).contains(post);
        clock.advance(Duration.ofMinutes(1));
        Post scheduled = saveNext(TestPosts.withStatus(post, PostStatus.SCHEDULED, null,
                Instant.parse("2030-02-01T10:15:30.123456Z"), clock.instant()));
        assertThat(store.findById(post.id())).contains(scheduled);
    }

    @Test
    @DisplayName("a new post whose id exists already is refused and changes nothing")
    void refusesDuplicateId() {
        Post post = saveNew("first");
        Post twin = TestPosts.draft(post.id(), "second", "Twin", clock.instant());

        assertThatThrownBy(() -> store.save(TestPosts.write(twin))).isInstanceOf(PostConflictException.class);
        assertThat(store.findById(post.id())).contains(post);
        assertThat(store.findBySlug("second")).isEmpty();
    }

    @Test
    @DisplayName("an update naming the current version replaces the post and adds a revision")
    void updatesWithExpectedVersion() {
        Post v1 = saveNew("post");
        clock.advance(Duration.ofMinutes(5));
        Post v2 = saveNext(TestPosts.edited(v1, "Second title", clock.instant()));

        assertThat(store.findById(v1.id())).contains(v2);
        assertThat(store.revisions(v1.id())).extracting(Revision::snapshot).containsExactly(v1, v2);
    }

    @Test
    @DisplayName("an update naming a stale version is refused with both versions and writes nothing")
    void refusesStaleVersion() {
        Post v1 = saveNew("post");
        Post v2 = saveNext(TestPosts.edited(v1, "Second", clock.instant()));
        int pending = store.pendingEvents(1000).size();

        assertThatThrownBy(() -> store.save(TestPosts.staleWrite(TestPosts.edited(v1, "Lost", clock.instant()), 1)))
                .isInstanceOfSatisfying(PostConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(store.findById(v1.id())).contains(v2);
        assertThat(store.revisions(v1.id())).hasSize(2);
        assertThat(store.pendingEvents(1000)).hasSize(pending);
    }

    @Test
    @DisplayName("an update of a post that does not exist is refused as not found")
    void refusesUpdateOfMissingPost() {
        Post ghost = TestPosts.draft(UUID.randomUUID().toString(), "ghost", "Ghost", clock.instant());

        assertThatThrownBy(() -> store.save(TestPosts.write(TestPosts.edited(ghost, "Boo", clock.instant()))))
                .isInstanceOf(PostNotFoundException.class);
        assertThat(store.findBySlug("ghost")).isEmpty();
    }

    @Test
    @DisplayName("a slug another post holds is refused, and nothing of the refused write is kept")
    void refusesTakenSlug() {
        Post owner = saveNew("taken");
        Post other = saveNew("other");
        int pending = store.pendingEvents(1000).size();
        Post newcomer = TestPosts.draft(UUID.randomUUID().toString(), "taken", "Newcomer", clock.instant());

        assertThatThrownBy(() -> store.save(TestPosts.write(newcomer))).isInstanceOf(DuplicateSlugException.class);
        assertThatThrownBy(() -> store.save(TestPosts.write(TestPosts.renamed(other, "taken", clock.instant()))))
                .isInstanceOf(DuplicateSlugException.class);
        assertThat(store.findById(newcomer.id())).isEmpty();
        assertThat(store.findById(other.id())).contains(other);
        assertThat(store.findBySlug("taken")).map(SlugResolution::post).contains(owner);
        assertThat(store.pendingEvents(1000)).hasSize(pending);
        assertThat(store.isSlugTaken("taken", other.id())).isTrue();
        assertThat(store.isSlugTaken("taken", owner.id())).isFalse();
        assertThat(store.isSlugTaken("free", null)).isFalse();
    }

    @Test
    @DisplayName("a renamed post keeps answering to its old slug, which no other post may take")
    void retiresOldSlugs() {
        Post v1 = saveNew("old-name");
        Post v2 = saveNext(TestPosts.renamed(v1, "new-name", clock.instant()));

        SlugResolution viaOld = store.findBySlug("old-name").orElseThrow();
        assertThat(viaOld.post()).isEqualTo(v2);
        assertThat(viaOld.moved()).isTrue();
        assertThat(store.findBySlug("new-name")).hasValueSatisfying(found -> assertThat(found.moved()).isFalse());
        assertThat(store.isSlugTaken("old-name", null)).isTrue();
        assertThat(store.isSlugTaken("old-name", v1.id())).isFalse();
        Post squatter = TestPosts.draft(UUID.randomUUID().toString(), "old-name", "Squatter", clock.instant());
        assertThatThrownBy(() -> store.save(TestPosts.write(squatter))).isInstanceOf(DuplicateSlugException.class);

        Post v3 = saveNext(TestPosts.renamed(v2, "old-name", clock.instant()));
        assertThat(store.findBySlug("old-name")).contains(new SlugResolution(v3, "old-name"));
        assertThat(store.findBySlug("new-name")).hasValueSatisfying(found -> {
            assertThat(found.post()).isEqualTo(v3);
            assertThat(found.moved()).isTrue();
        });
    }

    @Test
    @DisplayName("a deletion removes the post, its revisions and its slugs, frees the slugs and lowers the count")
    void deletes() {
        Post v1 = saveNew("doomed");
        Post v2 = saveNext(TestPosts.renamed(v1, "doomed-2", clock.instant()));
        saveNew("survivor");
        assertThat(store.countPosts()).isEqualTo(2);

        assertThatThrownBy(() -> store.delete(TestPosts.deletion(v1, clock.instant())))
                .isInstanceOf(PostConflictException.class);
        store.delete(TestPosts.deletion(v2, clock.instant()));

        assertThat(store.findById(v1.id())).isEmpty();
        assertThat(store.revisions(v1.id())).isEmpty();
        assertThat(store.findBySlug("doomed")).isEmpty();
        assertThat(store.findBySlug("doomed-2")).isEmpty();
        assertThat(store.isSlugTaken("doomed", null)).isFalse();
        assertThat(store.countPosts()).isEqualTo(1);
        assertThatThrownBy(() -> store.delete(TestPosts.deletion(v2, clock.instant())))
                .isInstanceOf(PostNotFoundException.class);
    }

    @Test
    @DisplayName("the outbox hands out events in commit order and forgets acknowledged ones")
    void outboxInCommitOrder() {
        Post a = saveNew("a");
        Post b = saveNew("b");
        Post a2 = saveNext(TestPosts.edited(a, "A2", clock.instant()));
        store.delete(TestPosts.deletion(b, clock.instant()));

        List<OutboxRecord> pending = store.pendingEvents(10);
        assertThat(pending).extracting(record -> record.event().postId() + "@" + record.event().version())
                .containsExactly(a.id() + "@1", b.id() + "@1", a2.id() + "@2", b.id() + "@1");
        assertThat(pending).extracting(OutboxRecord::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(store.pendingEvents(2)).containsExactlyElementsOf(pending.subList(0, 2));

        store.acknowledge(List.of(pending.get(0).sequence(), pending.get(2).sequence()));
        assertThat(store.pendingEvents(10)).containsExactly(pending.get(1), pending.get(3));
        store.acknowledge(List.of(pending.get(1).sequence(), pending.get(3).sequence(), 999_999L));
        assertThat(store.pendingEvents(10)).isEmpty();

        Post c = saveNew("c");
        assertThat(store.pendingEvents(10)).singleElement().satisfies(record -> {
            assertThat(record.event().postId()).isEqualTo(c.id());
            assertThat(record.sequence()).isGreaterThan(pending.get(3).sequence());
        });
    }

    @Test
    @DisplayName("posts due for publishing are the scheduled ones whose time has come, earliest first")
    void findsDuePosts() {
        Instant now = clock.instant();
        Post late = saveNext(TestPosts.withStatus(saveNew("late"), PostStatus.SCHEDULED, null,
                now.minusSeconds(10), now));
        Post early = saveNext(TestPosts.withStatus(saveNew("early"), PostStatus.SCHEDULED, null,
                now.minusSeconds(60), now));
        Post exact = saveNext(TestPosts.withStatus(saveNew("exact"), PostStatus.SCHEDULED, null, now, now));
        saveNext(TestPosts.withStatus(saveNew("future"), PostStatus.SCHEDULED, null, now.plusSeconds(1), now));
        saveNew("draft");

        assertThat(store.dueForPublishing(now, 10)).containsExactly(early, late, exact);
        assertThat(store.dueForPublishing(now, 2)).containsExactly(early, late);
        assertThat(store.dueForPublishing(now.minusSeconds(3600), 10)).isEmpty();
    }

    @Test
    @DisplayName("listings filter, sort and page by keyset exactly as the criteria define, for random posts")
    void pagesRandomListings(Random random) {
        Instant base = clock.instant();
        List<String> authors = List.of("ada", "grace", "linus");
        List<String> tagPool = List.of("java", "jvm", "cms", "search", "ops");
        List<Post> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            PostStatus status = PostStatus.values()[random.nextInt(PostStatus.values().length)];
            // Coarse times force ties, so the id tie-break is exercised.
            Instant created = base.plusSeconds(60L * random.nextInt(40));
            Instant updated = created.plusSeconds(60L * random.nextInt(40));
            Instant published = status == PostStatus.PUBLISHED || (status == PostStatus.ARCHIVED && random.nextBoolean())
                    ? created.plusSeconds(60L * random.nextInt(40)) : null;
            Instant scheduled = status == PostStatus.SCHEDULED ? base.plusSeconds(86_400) : null;
            List<String> tags = tagPool.stream().filter(tag -> random.nextInt(3) == 0).toList();
            Post post = TestPosts.post(UUID.randomUUID().toString(), "post-" + i, status, tags,
                    authors.get(random.nextInt(authors.size())), created, updated, published, scheduled);
            store.save(TestPosts.write(post));
            all.add(post);
        }
        for (int round = 0; round < 40; round++) {
            PostSort sort = PostSort.values()[random.nextInt(PostSort.values().length)];
            Set<PostStatus> statuses = EnumSet.noneOf(PostStatus.class);
            for (PostStatus status : PostStatus.values()) {
                if (random.nextInt(3) == 0) {
                    statuses.add(status);
                }
            }
            String tag = random.nextBoolean() ? tagPool.get(random.nextInt(tagPool.size())) : null;
            String author = random.nextInt(3) == 0 ? authors.get(random.nextInt(authors.size())) : null;
            Instant from = random.nextInt(4) == 0 ? base.plusSeconds(60L * random.nextInt(40)) : null;
            Instant before = random.nextInt(4) == 0 ? base.plusSeconds(60L * (40 + random.nextInt(40))) : null;
            int pageSize = 1 + random.nextInt(25);

            List<Post> expected = all.stream()
                    .filter(p -> statuses.isEmpty() || statuses.contains(p.status()))
                    .filter(p -> tag == null || p.tags().contains(tag))
                    .filter(p -> author == null || p.author().equals(author))
                    .filter(p -> (from == null && before == null && sort != PostSort.RECENTLY_PUBLISHED)
                            || p.publishedAt() != null)
                    .filter(p -> from == null || !p.publishedAt().isBefore(from))
                    .filter(p -> before == null || p.publishedAt().isBefore(before))
                    .sorted(expectedOrder(sort))
                    .toList();

            List<Post> paged = new ArrayList<>();
            Keyset after = null;
            while (true) {
                List<Post> page = store.query(new PostCriteria(statuses, tag, author, from, before, sort, after,
                        pageSize));
                assertThat(page.size()).as("page size").isLessThanOrEqualTo(pageSize);
                paged.addAll(page);
                if (page.size() < pageSize) {
                    break;
                }
                after = Keyset.after(page.get(page.size() - 1), sort);
            }
            assertThat(paged).as("round %d: sort %s statuses %s tag %s author %s from %s before %s page %d",
                    round, sort, statuses, tag, author, from, before, pageSize)
                    .extracting(Post::slug).containsExactlyElementsOf(expected.stream().map(Post::slug).toList());
        }
    }

    private static Comparator<Post> expectedOrder(PostSort sort) {
        Comparator<Post> ascending = switch (sort) {
            case NEWEST, OLDEST -> Comparator.comparing(Post::createdAt);
            case RECENTLY_UPDATED -> Comparator.comparing(Post::updatedAt);
            case RECENTLY_PUBLISHED -> Comparator.comparing(Post::publishedAt);
        };
        ascending = ascending.thenComparing(Post::id);
        return sort == PostSort.OLDEST ? ascending : ascending.reversed();
    }

    private static byte[] hash(Random random) {
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        return hash;
    }

    @Test
    @DisplayName("the revision log keeps leaves and subtree hashes in order and finds them again")
    void keepsTheRevisionLog(Random random) {
        assertThat(store.logSize()).isZero();
        assertThat(store.logLeaves(0, 10)).isEmpty();
        List<LogLeaf> leaves = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leaves.add(new LogLeaf(i, "post-" + (i % 2), i / 2 + 1, i == 4 ? LogLeaf.Kind.DELETION : LogLeaf.Kind.REVISION,
                    hash(random)));
        }
        LogNode pair = new LogNode(1, 0, hash(random));
        store.appendToLog(new LogAppend(leaves.subList(0, 2), List.of(pair)));
        store.appendToLog(new LogAppend(leaves.subList(2, 5), List.of(new LogNode(1, 1, hash(random)),
                new LogNode(2, 0, hash(random)))));

        assertThat(store.logSize()).isEqualTo(5);
        assertThat(store.logLeaves(0, 10)).containsExactlyElementsOf(leaves);
        assertThat(store.logLeaves(3, 10)).containsExactlyElementsOf(leaves.subList(3, 5));
        assertThat(store.logLeaves(1, 2)).containsExactlyElementsOf(leaves.subList(1, 3));
        assertThat(store.logLeaves(9, 2)).isEmpty();
        assertThat(store.findLogLeaf("post-1", 2, LogLeaf.Kind.REVISION)).contains(leaves.get(3));
        assertThat(store.findLogLeaf("post-0", 3, LogLeaf.Kind.DELETION)).contains(leaves.get(4));
        assertThat(store.findLogLeaf("post-0", 3, LogLeaf.Kind.REVISION)).isEmpty();
        assertThat(store.logNode(0, 3)).hasValueSatisfying(node -> assertThat(node).isEqualTo(leaves.get(3).hash()));
        assertThat(store.logNode(1, 0)).hasValueSatisfying(node -> assertThat(node).isEqualTo(pair.hash()));
        assertThat(store.logNode(2, 0)).isPresent();
        assertThat(store.logNode(1, 2)).isEmpty();
        assertThat(store.logNode(7, 0)).isEmpty();
    }

    @Test
    @DisplayName("an append that does not start at the log's end, or logs a revision again, is refused and writes nothing")
    void refusesAppendsOutOfPlace(Random random) {
        store.appendToLog(new LogAppend(List.of(new LogLeaf(0, "p", 1, LogLeaf.Kind.REVISION, hash(random))), List.of()));

        for (long wrongStart : new long[] {0, 2}) {
            LogLeaf leaf = new LogLeaf(wrongStart, "q", 1, LogLeaf.Kind.REVISION, hash(random));
            assertThatThrownBy(() -> store.appendToLog(new LogAppend(List.of(leaf), List.of())))
                    .isInstanceOf(LogConflictException.class);
        }
        assertThat(store.logSize()).isEqualTo(1);
        assertThat(store.findLogLeaf("q", 1, LogLeaf.Kind.REVISION)).isEmpty();

        LogLeaf again = new LogLeaf(1, "p", 1, LogLeaf.Kind.REVISION, hash(random));
        assertThatThrownBy(() -> store.appendToLog(new LogAppend(List.of(again), List.of())))
                .as("a revision the log already holds").isInstanceOf(LogConflictException.class);
        assertThat(store.logSize()).isEqualTo(1);
    }

    @Test
    @DisplayName("of two appends racing for the same place in the log exactly one lands")
    void racingAppendsHaveOneWinner(Random random) throws Exception {
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> racers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            LogLeaf leaf = new LogLeaf(0, "racer-" + r, 1, LogLeaf.Kind.REVISION, hash(random));
            racers.add(() -> {
                try {
                    store.appendToLog(new LogAppend(List.of(leaf), List.of()));
                } catch (LogConflictException e) {
                    refused.incrementAndGet();
                }
                return null;
            });
        }
        runTogether(racers);

        assertThat(refused).hasValue(racers.size() - 1);
        assertThat(store.logSize()).isEqualTo(1);
    }

    @Test
    @DisplayName("checkpoints are kept by tree size with their anchors, and found by the leaves they cover")
    void keepsCheckpoints() {
        Instant now = clock.instant();
        assertThat(store.latestCheckpoint()).isEmpty();
        StoredCheckpoint small = new StoredCheckpoint(3, "origin\n3\nroot3\n", now, List.of());
        StoredCheckpoint large = new StoredCheckpoint(10, "origin\n10\nroot10\n", now.plusSeconds(60), List.of());
        store.saveCheckpoint(large);
        store.saveCheckpoint(small);
        store.saveCheckpoint(new StoredCheckpoint(3, "a different note for the same size", now, List.of()));
        Anchor anchor = new Anchor("local", "file", "checkpoints#3", now.plusSeconds(1),
                Map.of("block", "17", "contract", "0xabc"));
        store.addAnchor(3, anchor);

        assertThat(store.latestCheckpoint()).contains(large);
        assertThat(store.checkpointCovering(0)).hasValueSatisfying(found -> {
            assertThat(found.treeSize()).isEqualTo(3);
            assertThat(found.signedNote()).isEqualTo(small.signedNote());
            assertThat(found.anchors()).containsExactly(anchor);
        });
        assertThat(store.checkpointCovering(2)).map(StoredCheckpoint::treeSize).contains(3L);
        assertThat(store.checkpointCovering(3)).map(StoredCheckpoint::treeSize).contains(10L);
        assertThat(store.checkpointCovering(10)).isEmpty();
    }

    @Test
    @DisplayName("checkpoints still waiting for an anchor are found after a restart, smallest first")
    void findsCheckpointsWithoutAnchor() {
        Instant now = clock.instant();
        for (long size : new long[] {8, 2, 5}) {
            store.saveCheckpoint(new StoredCheckpoint(size, "origin\n" + size + "\nroot\n", now, List.of()));
        }
        store.addAnchor(5, new Anchor("chain", "eip155:1", "0x05", now));
        store.addAnchor(2, new Anchor("local", "file", "checkpoints#2", now));

        assertThat(store.checkpointsWithoutAnchor("chain")).containsExactly(2L, 8L);
        assertThat(store.checkpointsWithoutAnchor("local")).containsExactly(5L, 8L);
        assertThat(store.checkpointsWithoutAnchor("other")).containsExactly(2L, 5L, 8L);
    }

    /** Runs the tasks on threads of their own, released together, and waits for all of them. */
    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("racing writers on one post lose no update: each increment lands exactly once")
    void racingWritersLoseNothing() throws Exception {
        Post post = saveNew("contended");
        int writers = 8;
        int incrementsEach = 25;
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            tasks.add(() -> {
                for (int i = 0; i < incrementsEach; i++) {
                    while (true) {
                        Post current = store.findById(post.id()).orElseThrow();
                        int count = Integer.parseInt(current.customFields().getOrDefault("count", "0"));
                        try {
                            store.save(TestPosts.write(TestPosts.withFields(current,
                                    Map.of("count", Integer.toString(count + 1)), clock.instant())));
                            break;
                        } catch (PostConflictException e) {
                            // Somebody else saved first: read again and retry.
                        }
                    }
                }
                return null;
            });
        }
        runTogether(tasks);

        Post last = store.findById(post.id()).orElseThrow();
        int total = writers * incrementsEach;
        assertThat(last.customFields()).containsEntry("count", Integer.toString(total));
        assertThat(last.version()).isEqualTo(total + 1);
        assertThat(store.revisions(post.id())).extracting(Revision::number)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, total + 1).boxed().toList());
        assertThat(store.pendingEvents(10_000)).hasSize(total + 1);
    }

    @Test
    @DisplayName("readers never see half a write: while a post is renamed over and over, both slugs always lead to it")
    void readersSeeWholeWrites() throws Exception {
        Post post = saveNew("left");
        Post renamed = saveNext(TestPosts.renamed(post, "right", clock.instant()));
        int renames = 400;
        AtomicInteger torn = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> reader = pool.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (String slug : List.of("left", "right")) {
                        Optional<SlugResolution> found = store.findBySlug(slug);
                        if (found.isEmpty() || !found.get().post().id().equals(post.id())) {
                            torn.incrementAndGet();
                        }
                    }
                    Post current = store.findById(post.id()).orElseThrow();
                    if (store.revision(post.id(), current.version()).isEmpty()) {
                        torn.incrementAndGet();
                    }
                }
            });
            Post current = renamed;
            for (int i = 0; i < renames; i++) {
                current = saveNext(TestPosts.renamed(current, i % 2 == 0 ? "left" : "right", clock.instant()));
            }
            reader.cancel(true);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        assertThat(torn).as("reads that saw a half-applied write").hasValue(0);
    }

    @Test
    @DisplayName("of posts racing for one slug exactly one gets it")
    void racingSlugsHaveOneWinner() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> racers = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            racers.add(() -> {
                try {
                    store.save(TestPosts.write(TestPosts.draft(UUID.randomUUID().toString(), "prize", "Racer",
                            clock.instant())));
                } catch (DuplicateSlugException e) {
                    refused.incrementAndGet();
                }
                return null;
            });
        }
        runTogether(racers);

        assertThat(refused).hasValue(racers.size() - 1);
        assertThat(store.findBySlug("prize")).isPresent();
        assertThat(store.pendingEvents(100)).hasSize(1);
    }
}
