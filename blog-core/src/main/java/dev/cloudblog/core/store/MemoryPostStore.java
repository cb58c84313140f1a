package dev.cloudblog.core.store;

import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.spi.store.DuplicateSlugException;
import dev.cloudblog.spi.store.LogAppend;
import dev.cloudblog.spi.store.LogConflictException;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostDeletion;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostWrite;
import dev.cloudblog.spi.store.StoredCheckpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A post store in the heap: fast, and gone when the process ends. A read-write lock makes every
 * write atomic for readers as well: a reader sees a save entirely or not at all.
 */
final class MemoryPostStore implements PostStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Post> posts = new HashMap<>();
    private final Map<String, String> liveSlugs = new HashMap<>();
    private final Map<String, String> retiredSlugs = new HashMap<>();
    private final Map<String, List<Revision>> revisions = new HashMap<>();
    private final TreeMap<Long, OutboxRecord> outbox = new TreeMap<>();
    private final List<LogLeaf> leaves = new ArrayList<>();
    private final Map<LeafKey, LogLeaf> leafByRevision = new HashMap<>();
    private final List<Map<Long, byte[]>> nodeLevels = new ArrayList<>();
    private final TreeMap<Long, StoredCheckpoint> checkpoints = new TreeMap<>();
    private long lastSequence;

    private <T> T read(Supplier<T> action) {
        return locked(lock.readLock(), action);
    }

    private void write(Runnable action) {
        locked(lock.writeLock(), () -> {
            action.run();
            return null;
        });
    }

    private static <T> T locked(Lock held, Supplier<T> action) {
        held.lock();
        try {
            return action.get();
        } finally {
            held.unlock();
        }
    }

    @Override
    public void save(PostWrite write) {
        write(() -> {
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
            if (slugTaken(post.slug(), post.id())) {
                throw new DuplicateSlugException(post.slug());
            }
            if (current != null && !current.slug().equals(post.slug())) {
                liveSlugs.remove(current.slug());
                retiredSlugs.put(current.slug(), post.id());
            }
            retiredSlugs.remove(post.slug(), post.id());
            liveSlugs.put(post.slug(), post.id());
            posts.put(post.id(), post);
            revisions.computeIfAbsent(post.id(), id -> new ArrayList<>()).add(write.revision());
            appendEvent(write.event());
        });
    }

    @Override
    public void delete(PostDeletion deletion) {
        write(() -> {
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
        });
    }

    private void appendEvent(BlogEvent event) {
        lastSequence++;
        outbox.put(lastSequence, new OutboxRecord(lastSequence, event));
    }

    @Override
    public Optional<Post> findById(String id) {
        return read(() -> Optional.ofNullable(posts.get(id)));
    }

    @Override
    public long countPosts() {
        return read(() -> (long) posts.size());
    }

    @Override
    public Optional<SlugResolution> findBySlug(String slug) {
        return read(() -> {
            String id = liveSlugs.getOrDefault(slug, retiredSlugs.get(slug));
            return id == null ? Optional.empty() : Optional.of(new SlugResolution(posts.get(id), slug));
        });
    }

    @Override
    public boolean isSlugTaken(String slug, String exceptPostId) {
        return read(() -> slugTaken(slug, exceptPostId));
    }

    private boolean slugTaken(String slug, String exceptPostId) {
        String owner = liveSlugs.getOrDefault(slug, retiredSlugs.get(slug));
        return owner != null && !owner.equals(exceptPostId);
    }

    @Override
    public List<Post> query(PostCriteria criteria) {
        return read(() -> posts.values().stream()
                .filter(criteria::matches)
                .sorted(criteria.postOrder())
                .limit(criteria.limit())
                .toList());
    }

    @Override
    public List<Post> dueForPublishing(Instant now, int limit) {
        return read(() -> posts.values().stream()
                .filter(post -> post.status() == PostStatus.SCHEDULED && !post.scheduledAt().isAfter(now))
                .sorted(Comparator.comparing(Post::scheduledAt).thenComparing(Post::id))
                .limit(limit)
                .toList());
    }

    @Override
    public List<Revision> revisions(String postId) {
        return read(() -> List.copyOf(revisions.getOrDefault(postId, List.of())));
    }

    @Override
    public Optional<Revision> revision(String postId, long number) {
        return read(() -> {
            List<Revision> history = revisions.getOrDefault(postId, List.of());
            return number < 1 || number > history.size() ? Optional.empty()
                    : Optional.of(history.get((int) number - 1));
        });
    }

    @Override
    public List<OutboxRecord> pendingEvents(int limit) {
        return read(() -> outbox.values().stream().limit(limit).toList());
    }

    @Override
    public void acknowledge(Collection<Long> sequences) {
        write(() -> sequences.forEach(outbox::remove));
    }

    @Override
    public long logSize() {
        return read(() -> (long) leaves.size());
    }

    @Override
    public void appendToLog(LogAppend append) {
        write(() -> {
            if (append.firstIndex() != leaves.size()) {
                throw new LogConflictException(append.firstIndex(), leaves.size());
            }
            for (LogLeaf leaf : append.leaves()) {
                if (leafByRevision.containsKey(new LeafKey(leaf.postId(), leaf.revision(), leaf.kind()))) {
                    throw new LogConflictException(leaf.postId() + "@" + leaf.revision() + " " + leaf.kind()
                            + " is already a leaf of the revision log");
                }
            }
            for (LogLeaf leaf : append.leaves()) {
                leaves.add(leaf);
                leafByRevision.put(new LeafKey(leaf.postId(), leaf.revision(), leaf.kind()), leaf);
                level(0).put(leaf.index(), leaf.hash());
            }
            append.nodes().forEach(node -> level(node.level()).put(node.index(), node.hash()));
        });
    }

    private Map<Long, byte[]> level(int level) {
        while (nodeLevels.size() <= level) {
            nodeLevels.add(new HashMap<>());
        }
        return nodeLevels.get(level);
    }

    @Override
    public List<LogLeaf> logLeaves(long from, int limit) {
        return read(() -> {
            int start = (int) Math.min(Math.max(from, 0), leaves.size());
            return List.copyOf(leaves.subList(start, (int) Math.min((long) start + limit, leaves.size())));
        });
    }

    @Override
    public Optional<LogLeaf> findLogLeaf(String postId, long revision, LogLeaf.Kind kind) {
        return read(() -> Optional.ofNullable(leafByRevision.get(new LeafKey(postId, revision, kind))));
    }

    @Override
    public Optional<byte[]> logNode(int level, long index) {
        return read(() -> level < nodeLevels.size() ? Optional.ofNullable(nodeLevels.get(level).get(index))
                : Optional.empty());
    }

    @Override
    public void saveCheckpoint(StoredCheckpoint checkpoint) {
        write(() -> checkpoints.putIfAbsent(checkpoint.treeSize(), checkpoint));
    }

    @Override
    public void addAnchor(long treeSize, Anchor anchor) {
        write(() -> checkpoints.computeIfPresent(treeSize, (size, checkpoint) -> {
            List<Anchor> anchors = new ArrayList<>(checkpoint.anchors());
            anchors.add(anchor);
            return new StoredCheckpoint(size, checkpoint.signedNote(), checkpoint.createdAt(), anchors);
        }));
    }

    @Override
    public List<Long> checkpointsWithoutAnchor(String anchorer) {
        return read(() -> checkpoints.values().stream()
                .filter(checkpoint -> checkpoint.anchors().stream().noneMatch(a -> a.anchorer().equals(anchorer)))
                .map(StoredCheckpoint::treeSize).toList());
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return read(() -> Optional.ofNullable(checkpoints.lastEntry()).map(Map.Entry::getValue));
    }

    @Override
    public Optional<StoredCheckpoint> checkpointCovering(long leafIndex) {
        return read(() -> Optional.ofNullable(checkpoints.higherEntry(leafIndex)).map(Map.Entry::getValue));
    }

    @Override
    public void close() {
        // Nothing to release: the heap is reclaimed with the store.
    }

    private record LeafKey(String postId, long revision, LogLeaf.Kind kind) {
    }
}
