package dev.cloudblog.api.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The post lifecycle. Every write names the version of the post it was made against; when the post
 * has moved on, the write fails with {@link dev.cloudblog.api.PostConflictException} and changes
 * nothing, so no editor silently overwrites another. Every successful write stores a new
 * {@link Revision} and emits a {@link dev.cloudblog.api.event.BlogEvent}.
 *
 * <pre>{@code
 * Post draft = posts.create(PostInput.builder().title("Crème Brûlée").body("...").author("ada").build());
 * Post live = posts.publish(draft.id(), draft.version());
 * posts.findBySlug("creme-brulee").orElseThrow().post();
 * }</pre>
 *
 * <p>Failures, for every method: {@link dev.cloudblog.api.InvalidPostException} when a field or a
 * status change is invalid (writes), {@link dev.cloudblog.api.PostNotFoundException} when the post
 * or revision does not exist, {@link dev.cloudblog.api.PostConflictException} when the expected
 * version is not the current one, {@link IllegalStateException} for a write after the blog closed.
 *
 * <p>Thread-safe.
 */
public interface Posts {

    /** Stores a new draft at version 1. Its slug comes from the input or, if absent, from the title. */
    Post create(PostInput input);

    /**
     * Replaces the editable fields of a post; its status is kept. A new slug the input asks for must be
     * free (else {@link dev.cloudblog.api.InvalidPostException}); the old one keeps leading to the post.
     */
    Post update(String id, long expectedVersion, PostInput input);

    /** Publishes a draft or scheduled post now. */
    Post publish(String id, long expectedVersion);

    /**
     * Schedules a draft (or reschedules a scheduled post) to be published at {@code at}, which must
     * lie in the future. The engine publishes it once its clock reaches {@code at}.
     */
    Post schedule(String id, long expectedVersion, Instant at);

    /** Returns a published, scheduled or archived post to draft. */
    Post unpublish(String id, long expectedVersion);

    /** Archives a post: out of public view, history kept. */
    Post archive(String id, long expectedVersion);

    /** Deletes a post, its revisions and its old slugs. */
    void delete(String id, long expectedVersion);

    /** Stores the content of an old revision as a new revision; the status stays as it is. */
    Post restore(String id, long revision, long expectedVersion);

    /** Publishes every scheduled post whose time has come; returns them. The engine also runs this on its own. */
    List<Post> publishDue();

    /** The post with this id. */
    Optional<Post> get(String id);

    /**
     * The post with this id.
     *
     * @throws dev.cloudblog.api.PostNotFoundException if there is none
     */
    Post require(String id);

    /** The post a slug leads to: its current slug, or one it had before (then {@link SlugResolution#moved()}). */
    Optional<SlugResolution> findBySlug(String slug);

    /** One page of posts matching the query. */
    Page<Post> list(PostQuery query);

    /** Every revision of a post, oldest first. */
    List<Revision> history(String id);

    /** One revision of a post. */
    Revision revision(String id, long number);

    /**
     * What changed from revision {@code from} to revision {@code to}; either may be the older one,
     * and the diff reads from {@code from} to {@code to}.
     */
    RevisionDiff diff(String id, long from, long to);
}
