package dev.cloudblog.core.store;

import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.spi.store.DuplicateSlugException;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostDeletion;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A post store in the heap: fast, and gone when the process ends. Writes are serialized on the
 * store's monitor, which makes each one atomic; reads never block.
 */
final class MemoryPostStore implements PostStore {

    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    private final Map<String, String> liveSlugs = new ConcurrentHashMap<>();
    private final Map<String, String> retiredSlugs = new ConcurrentHashMap<>();
    private final Map<String, List<Revision>> revisions = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, OutboxRecord> outbox = new ConcurrentSkipListMap<>();
    private long lastSequence;

    @Override
    public synchronized void save(PostWrite write) {
        Post post = write.post();
        Post current = posts.get(post.id());
        if (write.isNew() && current != null) {
            throw new PostConflictException(post.id(), 0, current.version());
        }
        if (!write.isNew() && current == null) {
            throw PostNotFoundException.forId(post.id());
        }
        if (current != null && current.version() != write.expectedVersion()) {
            throw new PostConflictException(post.id(), write.expectedVersion(), current.version());
        }
        if (isSlugTaken(post.slug(), post.id())) {
            throw new DuplicateSlugException(post.slug());
        }
        if (current != null && !current.slug().equals(post.slug())) {
            liveSlugs.remove(current.slug());
            retiredSlugs.put(current.slug(), post.id());
        }
        retiredSlugs.remove(post.slug(), post.id());
        liveSlugs.put(post.slug(), post.id());
        posts.put(post.id(), post);
        List<Revision> history = new ArrayList<>(revisions.getOrDefault(post.id(), List.of()));
        history.add(write.revision());
        revisions.put(post.id(), List.copyOf(history));
        appendEvent(write.event());
    }

    @Override
    public synchronized void delete(PostDeletion deletion) {
        Post current = posts.get(deletion.postId());
        if (current == null) {
            throw PostNotFoundException.forId(deletion.postId());
        }
        if (current.version() != deletion.expectedVersion()) {
            throw new PostConflictException(current.id(), deletion.expectedVersion(), current.version());
        }
        posts.remove(current.id());
        liveSlugs.remove(current.slug());
        retiredSlugs.values().removeIf(current.id()::equals);
        revisions.remove(current.id());
        appendEvent(deletion.event());
    }

    private void appendEvent(dev.cloudblog.api.event.BlogEvent event) {
        lastSequence++;
        outbox.put(lastSequence, new OutboxRecord(lastSequence, event));
    }

    @Override
    public Optional<Post> findById(String id) {
        return Optional.ofNullable(posts.get(id));
    }

    @Override
    public Optional<SlugResolution> findBySlug(String slug) {
        String id = liveSlugs.get(slug);
        if (id == null) {
            id = retiredSlugs.get(slug);
        }
        return id == null ? Optional.empty() : findById(id).map(post -> new SlugResolution(post, slug));
    }

    @Override
    public boolean isSlugTaken(String slug, String exceptPostId) {
        String owner = liveSlugs.getOrDefault(slug, retiredSlugs.get(slug));
        return owner != null && !owner.equals(exceptPostId);
    }

    @Override
    public List<Post> query(PostCriteria criteria) {
        return posts.values().stream()
                .filter(criteria::matches)
                .sorted(criteria.postOrder())
                .limit(criteria.limit())
                .toList();
    }

    @Override
    public List<Post> dueForPublishing(Instant now, int limit) {
        return posts.values().stream()
                .filter(post -> post.status() == PostStatus.SCHEDULED && !post.scheduledAt().isAfter(now))
                .sorted(Comparator.comparing(Post::scheduledAt).thenComparing(Post::id))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Revision> revisions(String postId) {
        return revisions.getOrDefault(postId, List.of());
    }

    @Override
    public Optional<Revision> revision(String postId, long number) {
        List<Revision> history = revisions(postId);
        return number < 1 || number > history.size() ? Optional.empty() : Optional.of(history.get((int) number - 1));
    }

    @Override
    public List<OutboxRecord> pendingEvents(int limit) {
        return outbox.values().stream().limit(limit).toList();
    }

    @Override
    public void acknowledge(Collection<Long> sequences) {
        sequences.forEach(outbox::remove);
    }

    @Override
    public void close() {
        // Nothing to release: the heap is reclaimed with the store.
    }
}
