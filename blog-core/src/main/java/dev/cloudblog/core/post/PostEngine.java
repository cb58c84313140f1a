package dev.cloudblog.core.post;

import dev.cloudblog.api.IllegalStatusTransitionException;
import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.event.PostEvent;
import dev.cloudblog.api.post.Page;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostQuery;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Posts;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.RevisionAction;
import dev.cloudblog.api.post.RevisionDiff;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.core.content.MarkdownRenderer;
import dev.cloudblog.core.content.Slugifier;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.core.post.PostAssembler.Lifecycle;
import dev.cloudblog.spi.cache.PostCache;
import dev.cloudblog.spi.store.DuplicateSlugException;
import dev.cloudblog.spi.store.Keyset;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostDeletion;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostWrite;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The post lifecycle on top of a store and a cache. Writes validate, derive, and hand the store
 * one atomic {@link PostWrite}; after the commit they drop the post's cache entries and wake the
 * outbox relay. Reads by id and slug go through the cache.
 */
public final class PostEngine implements Posts {

    private static final Logger LOG = LoggerFactory.getLogger(PostEngine.class);
    private static final int NUMBERED_SLUGS = 9;
    private static final int RANDOM_SLUGS = 5;
    private static final int DUE_BATCH = 500;
    private static final String ID_KEY = "id:";
    private static final String SLUG_KEY = "slug:";

    private final PostStore store;
    private final PostCache cache;
    private final Clock clock;
    private final OperationMetrics metrics;
    private final Runnable afterCommit;
    private final PostValidator validator = new PostValidator();
    private final PostAssembler assembler;
    private final Counter scheduledPublished;
    private volatile boolean closed;

    /**
     * @param afterCommit called after every successful write, to start delivering its event
     */
    public PostEngine(PostStore store, PostCache cache, MarkdownRenderer renderer, Clock clock,
                      MeterRegistry registry, Runnable afterCommit) {
        this.store = Objects.requireNonNull(store, "store");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = new OperationMetrics(registry);
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
        this.assembler = new PostAssembler(renderer);
        this.scheduledPublished = Counter.builder("blog.scheduler.published")
                .description("Scheduled posts published when their time came")
                .register(registry);
    }

    /** Refuses every later write; reads go on working. Called when the blog closes. */
    public void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the blog is closed; writes are refused");
        }
    }

    /** The cache keys under which a post with these slugs may be cached. */
    public static List<String> cacheKeys(String postId, Collection<String> slugs) {
        List<String> keys = new ArrayList<>();
        keys.add(ID_KEY + postId);
        slugs.forEach(slug -> keys.add(SLUG_KEY + slug));
        return keys;
    }

    /**
     * The post {@code input} would become if created now, without storing it: id {@code draft},
     * version 1. Used to analyse drafts.
     *
     * @throws InvalidPostException if the input is invalid
     */
    public Post preview(PostInput input) {
        ValidInput valid = validator.validate(input);
        String slug = valid.slug() != null ? valid.slug() : slugOfTitle(valid.title());
        return assembler.assemble("draft", slug, valid, Lifecycle.draft(clock.instant()), 1);
    }

    @Override
    public Post create(PostInput input) {
        return metrics.record("posts.create", () -> {
            ValidInput valid = validator.validate(input);
            String id = UUID.randomUUID().toString();
            Instant now = clock.instant();
            String wanted = valid.slug() != null ? valid.slug() : slugOfTitle(valid.title());
            return saveWithUniqueSlug(wanted, valid.slug() != null, id, slug -> {
                Post post = assembler.assemble(id, slug, valid, Lifecycle.draft(now), 1);
                return write(post, 0, RevisionAction.CREATED, new PostEvent.Created(UUID.randomUUID(), now, id, 1, slug));
            });
        });
    }

    @Override
    public Post update(String id, long expectedVersion, PostInput input) {
        return metrics.record("posts.update", () -> {
            Post current = requireVersion(id, expectedVersion);
            ValidInput valid = validator.validate(input);
            return rewrite(current, valid, valid.slug() != null && !valid.slug().equals(current.slug()),
                    RevisionAction.UPDATED,
                    (post, now) -> new PostEvent.Updated(UUID.randomUUID(), now, id, post.version(), post.slug(),
                            previousSlug(current, post)));
        });
    }

    @Override
    public Post restore(String id, long revision, long expectedVersion) {
        return metrics.record("posts.restore", () -> {
            Post current = requireVersion(id, expectedVersion);
            Post old = store.revision(id, revision)
                    .orElseThrow(() -> PostNotFoundException.forRevision(id, revision)).snapshot();
            return rewrite(current, validator.validate(PostInput.from(old).build()), false, RevisionAction.RESTORED,
                    (post, now) -> new PostEvent.Restored(UUID.randomUUID(), now, id, post.version(), post.slug(),
                            previousSlug(current, post), revision));
        });
    }

    @Override
    public Post publish(String id, long expectedVersion) {
        return metrics.record("posts.publish",
                () -> transition(id, expectedVersion, PostStatus.PUBLISHED, null, RevisionAction.PUBLISHED));
    }

    @Override
    public Post schedule(String id, long expectedVersion, Instant at) {
        return metrics.record("posts.schedule", () -> {
            Objects.requireNonNull(at, "at");
            Instant now = clock.instant();
            if (!at.isAfter(now)) {
                throw InvalidPostException.of("scheduledAt", "must lie in the future: " + at
                        + " is not after the blog's current time " + now);
            }
            return transition(id, expectedVersion, PostStatus.SCHEDULED, at, RevisionAction.SCHEDULED);
        });
    }

    @Override
    public Post unpublish(String id, long expectedVersion) {
        return metrics.record("posts.unpublish",
                () -> transition(id, expectedVersion, PostStatus.DRAFT, null, RevisionAction.UNPUBLISHED));
    }

    @Override
    public Post archive(String id, long expectedVersion) {
        return metrics.record("posts.archive",
                () -> transition(id, expectedVersion, PostStatus.ARCHIVED, null, RevisionAction.ARCHIVED));
    }

    @Override
    public void delete(String id, long expectedVersion) {
        metrics.run("posts.delete", () -> {
            requireOpen();
            Post current = requireVersion(id, expectedVersion);
            PostEvent.Deleted event = new PostEvent.Deleted(UUID.randomUUID(), clock.instant(), id,
                    expectedVersion, Set.of(current.slug()));
            store.delete(new PostDeletion(id, expectedVersion, event));
            committed(event);
        });
    }

    @Override
    public List<Post> publishDue() {
        return metrics.record("posts.publishDue", () -> {
            List<Post> published = new ArrayList<>();
            for (Post due : store.dueForPublishing(clock.instant(), DUE_BATCH)) {
                try {
                    published.add(transition(due.id(), due.version(), PostStatus.PUBLISHED, due.scheduledAt(),
                            RevisionAction.PUBLISHED));
                    scheduledPublished.increment();
                } catch (PostConflictException | PostNotFoundException | IllegalStatusTransitionException e) {
                    LOG.debug("Scheduled post {} changed while being published; the next run sees it again: {}",
                            due.id(), e.getMessage());
                }
            }
            return List.copyOf(published);
        });
    }

    @Override
    public Optional<Post> get(String id) {
        return metrics.record("posts.get", () -> cache.get(ID_KEY + id, key -> store.findById(id)));
    }

    @Override
    public Post require(String id) {
        return get(id).orElseThrow(() -> PostNotFoundException.forId(id));
    }

    @Override
    public Optional<SlugResolution> findBySlug(String slug) {
        return metrics.record("posts.findBySlug", () -> {
            Optional<Post> live = cache.get(SLUG_KEY + slug,
                    key -> store.findBySlug(slug).filter(found -> !found.moved()).map(SlugResolution::post));
            return live.isPresent() ? live.map(post -> new SlugResolution(post, slug)) : store.findBySlug(slug);
        });
    }

    @Override
    public Page<Post> list(PostQuery query) {
        return metrics.record("posts.list", () -> {
            Keyset after = CursorCodec.decode(query.cursor(), query.sort());
            String tag = query.tag() == null ? null : PostValidator.normalizeTag(query.tag());
            PostCriteria criteria = new PostCriteria(query.statuses(), tag, query.author(), query.publishedFrom(),
                    query.publishedBefore(), query.sort(), after, query.limit() + 1);
            List<Post> rows = store.query(criteria);
            if (rows.size() <= query.limit()) {
                return new Page<>(rows, null);
            }
            List<Post> items = rows.subList(0, query.limit());
            Post last = items.get(items.size() - 1);
            return new Page<>(items, CursorCodec.encode(Keyset.after(last, query.sort()), query.sort()));
        });
    }

    @Override
    public List<Revision> history(String id) {
        return metrics.record("posts.history", () -> {
            List<Revision> revisions = store.revisions(id);
            if (revisions.isEmpty()) {
                throw PostNotFoundException.forId(id);
            }
            return revisions;
        });
    }

    @Override
    public Revision revision(String id, long number) {
        return metrics.record("posts.revision", () -> requireRevision(id, number));
    }

    @Override
    public RevisionDiff diff(String id, long from, long to) {
        return metrics.record("posts.diff",
                () -> RevisionComparison.diff(requireRevision(id, from), requireRevision(id, to)));
    }

    private Revision requireRevision(String id, long number) {
        return store.revision(id, number).orElseThrow(() -> store.findById(id).isPresent()
                ? PostNotFoundException.forRevision(id, number)
                : PostNotFoundException.forId(id));
    }

    private Post transition(String id, long expectedVersion, PostStatus target, Instant at, RevisionAction action) {
        requireOpen();
        Post current = requireVersion(id, expectedVersion);
        if (!current.status().canBecome(target)) {
            throw new IllegalStatusTransitionException(id, current.status(), target);
        }
        Instant now = clock.instant();
        Instant publishedAt = switch (target) {
            case PUBLISHED -> at != null ? at : now;
            case ARCHIVED -> current.publishedAt();
            case DRAFT, SCHEDULED -> null;
        };
        Instant scheduledAt = target == PostStatus.SCHEDULED ? at : null;
        Post post = PostAssembler.advance(current,
                new Lifecycle(target, current.createdAt(), now, publishedAt, scheduledAt));
        BlogEvent event = new PostEvent.StatusChanged(UUID.randomUUID(), now, id, post.version(), post.slug(),
                current.status(), target, scheduledAt);
        PostWrite write = write(post, expectedVersion, action, event);
        store.save(write);
        committed(event);
        return post;
    }

    private Post rewrite(Post current, ValidInput valid, boolean exactSlug, RevisionAction action,
                         BiFunction<Post, Instant, BlogEvent> eventOf) {
        Instant now = clock.instant();
        String wanted = valid.slug() != null ? valid.slug() : current.slug();
        return saveWithUniqueSlug(wanted, exactSlug, current.id(), slug -> {
            Post post = assembler.assemble(current.id(), slug, valid, Lifecycle.of(current).updatedAt(now),
                    current.version() + 1);
            return write(post, current.version(), action, eventOf.apply(post, now));
        });
    }

    /**
     * Saves under the wanted slug. A slug the author asked for ({@code exact}) that another post
     * holds is refused; one derived from the title, or kept from before, becomes the first free of
     * {@code wanted-2} to {@code wanted-9}, then of a few {@code wanted-<8 random hex digits>}:
     * popular titles never cost a scan of every numbered variant.
     */
    private Post saveWithUniqueSlug(String wanted, boolean exact, String postId,
                                    Function<String, PostWrite> writeWithSlug) {
        requireOpen();
        int attempts = exact ? 1 : NUMBERED_SLUGS + RANDOM_SLUGS;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String slug = attempt == 1 ? wanted
                    : attempt <= NUMBERED_SLUGS ? Slugifier.withSuffix(wanted, attempt)
                    : Slugifier.withSuffix(wanted, UUID.randomUUID().toString().substring(0, 8));
            if (store.isSlugTaken(slug, postId)) {
                continue;
            }
            PostWrite write = writeWithSlug.apply(slug);
            try {
                store.save(write);
            } catch (DuplicateSlugException raced) {
                continue;
            }
            committed(write.event());
            return write.post();
        }
        throw InvalidPostException.of("slug", exact
                ? "'" + wanted + "' belongs to another post (as its slug, or one it had); choose another slug"
                : "'" + wanted + "' and every variant tried are taken; choose another slug");
    }

    private PostWrite write(Post post, long expectedVersion, RevisionAction action, BlogEvent event) {
        return new PostWrite(post, expectedVersion, new Revision(post.id(), post.version(), action,
                post.updatedAt(), post), event);
    }

    /** After a commit: nothing here may make the committed write look failed. */
    private void committed(BlogEvent event) {
        try {
            cache.invalidate(cacheKeys(event.postId(), event.slugs()));
        } catch (RuntimeException e) {
            LOG.error("Could not drop post {} from the cache after a write; it may be served stale until it expires",
                    event.postId(), e);
        }
        try {
            afterCommit.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not start relaying the event of post {}; the outbox poll relays it", event.postId(), e);
        }
    }

    private Post requireVersion(String id, long expectedVersion) {
        Post current = store.findById(id).orElseThrow(() -> PostNotFoundException.forId(id));
        if (current.version() != expectedVersion) {
            throw new PostConflictException(id, expectedVersion, current.version());
        }
        return current;
    }

    private static String previousSlug(Post before, Post after) {
        return before.slug().equals(after.slug()) ? null : before.slug();
    }

    private static String slugOfTitle(String title) {
        String slug = Slugifier.slugify(title);
        return slug.isEmpty() ? "post" : slug;
    }
}
