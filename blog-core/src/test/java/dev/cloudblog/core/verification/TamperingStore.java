package dev.cloudblog.core.verification;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.spi.store.LogAppend;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostDeletion;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostWrite;
import dev.cloudblog.spi.store.StoredCheckpoint;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A store that an attacker with database access edits behind the engine's back: it answers for
 * the revisions, leaves and checkpoints it was told to falsify, and passes everything else on.
 */
final class TamperingStore implements PostStore {

    private final PostStore store;
    private final Map<String, Revision> forged = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> hiddenLeaves = new HashSet<>();
    private UnaryOperator<String> checkpointEdit = UnaryOperator.identity();

    TamperingStore(PostStore store) {
        this.store = store;
    }

    private static String key(String postId, long revision) {
        return postId + "@" + revision;
    }

    /** Replaces the body of a stored revision. */
    void changeBody(String postId, long number, String body) {
        Revision original = store.revision(postId, number).orElseThrow();
        Post altered = rewritten(original.snapshot(), body, number);
        forged.put(key(postId, number), new Revision(postId, number, original.action(), original.savedAt(), altered));
    }

    /** Deletes one stored revision. */
    void drop(String postId, long number) {
        dropped.add(key(postId, number));
    }

    /** Swaps the contents of two revisions, keeping their numbers. */
    void swap(String postId, long first, long second) {
        forged.put(key(postId, first), renumbered(store.revision(postId, second).orElseThrow(), first));
        forged.put(key(postId, second), renumbered(store.revision(postId, first).orElseThrow(), second));
    }

    private static Revision renumbered(Revision revision, long number) {
        Post moved = rewritten(revision.snapshot(), revision.snapshot().body(), number);
        return new Revision(revision.postId(), number, revision.action(), revision.savedAt(), moved);
    }

    /** {@code post} with another body and version, everything else as it was. */
    private static Post rewritten(Post post, String body, long version) {
        return new Post(post.id(), post.slug(), post.title(), body, post.html(), post.excerpt(), post.customExcerpt(),
                post.tags(), post.author(), post.status(), post.createdAt(), post.updatedAt(), post.publishedAt(),
                post.scheduledAt(), version, post.contentHash(), post.readingTime(), post.seo(), post.customFields());
    }

    /** Makes the leaf of a revision unfindable, as if it had never been logged. */
    void forgetLeaf(String postId, long number) {
        hiddenLeaves.add(key(postId, number));
    }

    /** Rewrites every stored checkpoint note. */
    void editCheckpoints(UnaryOperator<String> edit) {
        checkpointEdit = edit;
    }

    private Optional<Revision> tampered(String postId, long number, Optional<Revision> stored) {
        if (dropped.contains(key(postId, number))) {
            return Optional.empty();
        }
        Revision forgery = forged.get(key(postId, number));
        return forgery != null ? Optional.of(forgery) : stored;
    }

    private StoredCheckpoint edited(StoredCheckpoint checkpoint) {
        return new StoredCheckpoint(checkpoint.treeSize(), checkpointEdit.apply(checkpoint.signedNote()),
                checkpoint.createdAt(), checkpoint.anchors());
    }

    @Override
    public Optional<Revision> revision(String postId, long number) {
        return tampered(postId, number, store.revision(postId, number));
    }

    @Override
    public List<Revision> revisions(String postId) {
        return store.revisions(postId).stream()
                .flatMap(revision -> tampered(postId, revision.number(), Optional.of(revision)).stream())
                .toList();
    }

    @Override
    public Optional<LogLeaf> findLogLeaf(String postId, long revision, LogLeaf.Kind kind) {
        return hiddenLeaves.contains(key(postId, revision)) ? Optional.empty()
                : store.findLogLeaf(postId, revision, kind);
    }

    @Override
    public List<Long> checkpointsWithoutAnchor(String anchorer) {
        return store.checkpointsWithoutAnchor(anchorer);
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return store.latestCheckpoint().map(this::edited);
    }

    @Override
    public Optional<StoredCheckpoint> checkpointCovering(long leafIndex) {
        return store.checkpointCovering(leafIndex).map(this::edited);
    }

    @Override
    public void save(PostWrite write) {
        store.save(write);
    }

    @Override
    public void delete(PostDeletion deletion) {
        store.delete(deletion);
    }

    @Override
    public Optional<Post> findById(String id) {
        return store.findById(id);
    }

    @Override
    public long countPosts() {
        return store.countPosts();
    }

    @Override
    public Optional<SlugResolution> findBySlug(String slug) {
        return store.findBySlug(slug);
    }

    @Override
    public boolean isSlugTaken(String slug, String exceptPostId) {
        return store.isSlugTaken(slug, exceptPostId);
    }

    @Override
    public List<Post> query(PostCriteria criteria) {
        return store.query(criteria);
    }

    @Override
    public List<Post> dueForPublishing(Instant now, int limit) {
        return store.dueForPublishing(now, limit);
    }

    @Override
    public List<OutboxRecord> pendingEvents(int limit) {
        return store.pendingEvents(limit);
    }

    @Override
    public void acknowledge(Collection<Long> sequences) {
        store.acknowledge(sequences);
    }

    @Override
    public long logSize() {
        return store.logSize();
    }

    @Override
    public void appendToLog(LogAppend append) {
        store.appendToLog(append);
    }

    @Override
    public List<LogLeaf> logLeaves(long from, int limit) {
        return store.logLeaves(from, limit);
    }

    @Override
    public Optional<byte[]> logNode(int level, long index) {
        return store.logNode(level, index);
    }

    @Override
    public void saveCheckpoint(StoredCheckpoint checkpoint) {
        store.saveCheckpoint(checkpoint);
    }

    @Override
    public void addAnchor(long treeSize, Anchor anchor) {
        store.addAnchor(treeSize, anchor);
    }

    @Override
    public void close() {
        store.close();
    }
}
