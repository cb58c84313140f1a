package dev.cloudblog.spi.store;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.api.verification.Anchor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Durable state of a blog: posts, their revisions, the slugs they used to have, and the outbox of
 * events not yet delivered. The engine validates and derives everything before it calls a store;
 * a store only has to keep it, atomically, and find it again.
 *
 * <p>Contract, checked by {@code PostStoreKit} in {@code blog-tck}:
 * <ul>
 *   <li>{@link #save} and {@link #delete} are atomic: the post, its revision and the outbox record
 *       are all written, or nothing is;</li>
 *   <li>the version check is part of that atomic step, so of many concurrent writers naming the
 *       same version exactly one wins and the others get {@link dev.cloudblog.api.PostConflictException};</li>
 *   <li>slugs are unique: a slug that is live or retired for one post is refused for another with
 *       {@link DuplicateSlugException}; when a post's slug changes its old slug is retired and keeps
 *       leading to it, and a post may take back one of its own retired slugs;</li>
 *   <li>outbox records get strictly increasing sequence numbers in commit order;</li>
 *   <li>the revision log only grows: an append starts exactly at its end or is refused with
 *       {@link LogConflictException}, and leaves and nodes once written never change.</li>
 * </ul>
 * Implementations are thread-safe.
 */
public interface PostStore extends AutoCloseable {

    /**
     * Writes a post, its new revision and its event in one transaction. For a new post
     * ({@code expectedVersion == 0}) the id must be unused.
     *
     * @throws dev.cloudblog.api.PostConflictException if the stored version is not the expected one,
     *         or a new post's id is taken
     * @throws dev.cloudblog.api.PostNotFoundException if an existing post was expected but there is none
     * @throws DuplicateSlugException                  if the post's slug belongs to another post
     */
    void save(PostWrite write);

    /**
     * Deletes a post with its revisions and retired slugs, and writes its event, in one transaction.
     *
     * @throws dev.cloudblog.api.PostConflictException if the stored version is not the expected one
     * @throws dev.cloudblog.api.PostNotFoundException if there is no such post
     */
    void delete(PostDeletion deletion);

    /** The post with this id. */
    Optional<Post> findById(String id);

    /** How many posts there are, in every status. */
    long countPosts();

    /** The post whose current or retired slug this is. */
    Optional<SlugResolution> findBySlug(String slug);

    /** Whether the slug is live or retired for a post other than {@code exceptPostId} (which may be null). */
    boolean isSlugTaken(String slug, String exceptPostId);

    /** The posts matching the criteria, in its order, after its keyset, at most its limit. */
    List<Post> query(PostCriteria criteria);

    /** Scheduled posts whose publish time is at or before {@code now}, earliest first, at most {@code limit}. */
    List<Post> dueForPublishing(Instant now, int limit);

    /** Every revision of a post, oldest first; empty when the post does not exist. */
    List<Revision> revisions(String postId);

    /** One revision of a post. */
    Optional<Revision> revision(String postId, long number);

    /** The oldest outbox records not yet acknowledged, in sequence order, at most {@code limit}. */
    List<OutboxRecord> pendingEvents(int limit);

    /** Removes delivered records from the outbox; unknown sequences are ignored. */
    void acknowledge(Collection<Long> sequences);

    /** The number of leaves in the revision log. */
    long logSize();

    /**
     * Appends leaves and the subtree hashes they complete, atomically.
     *
     * @throws LogConflictException if the first leaf's index is not the log's current size, or a
     *         leaf records a (post, revision, kind) the log already holds; nothing is appended
     */
    void appendToLog(LogAppend append);

    /** Up to {@code limit} leaves from index {@code from} on, in index order. */
    List<LogLeaf> logLeaves(long from, int limit);

    /** The leaf that records a revision of a post (or, for {@link LogLeaf.Kind#DELETION}, its deletion). */
    Optional<LogLeaf> findLogLeaf(String postId, long revision, LogLeaf.Kind kind);

    /** The hash of a perfect subtree, if the log is large enough to hold it. */
    Optional<byte[]> logNode(int level, long index);

    /** Stores a new checkpoint; a checkpoint of the same tree size is left as it is. */
    void saveCheckpoint(StoredCheckpoint checkpoint);

    /** Records an anchor of the checkpoint of this tree size. */
    void addAnchor(long treeSize, Anchor anchor);

    /**
     * The tree sizes of the checkpoints that hold no anchor by {@code anchorer}, smallest first: the
     * anchoring still to do after a restart.
     */
    List<Long> checkpointsWithoutAnchor(String anchorer);

    /** The checkpoint covering the most leaves. */
    Optional<StoredCheckpoint> latestCheckpoint();

    /** The smallest checkpoint that covers the leaf at {@code leafIndex}. */
    Optional<StoredCheckpoint> checkpointCovering(long leafIndex);

    /** Releases connections and files. */
    @Override
    void close();
}
