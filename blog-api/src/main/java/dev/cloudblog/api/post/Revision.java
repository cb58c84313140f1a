package dev.cloudblog.api.post;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved state of a post. Every save keeps one; revision numbers equal the post versions they
 * captured and are never reused.
 *
 * @param postId   the post
 * @param number   the revision number, equal to {@code snapshot().version()}
 * @param action   what the save did
 * @param savedAt  when it was saved
 * @param snapshot the post exactly as it was after this save
 */
public record Revision(String postId, long number, RevisionAction action, Instant savedAt, Post snapshot) {

    public Revision {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(snapshot, "snapshot");
        if (number != snapshot.version()) {
            throw new IllegalArgumentException("revision " + number + " must capture version " + number
                    + ", not " + snapshot.version());
        }
    }
}
