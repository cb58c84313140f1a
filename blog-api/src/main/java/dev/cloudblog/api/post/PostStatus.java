package dev.cloudblog.api.post;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a post is in its lifecycle. The allowed moves are:
 * <pre>
 * DRAFT     -&gt; PUBLISHED, SCHEDULED, ARCHIVED
 * SCHEDULED -&gt; PUBLISHED, SCHEDULED (rescheduled), DRAFT, ARCHIVED
 * PUBLISHED -&gt; DRAFT (unpublished), ARCHIVED
 * ARCHIVED  -&gt; DRAFT
 * </pre>
 * An archived post must go back to draft before it can be published again.
 */
public enum PostStatus {
    /** Being written; visible only to editors. */
    DRAFT,
    /** Will be published at {@link Post#scheduledAt()}. */
    SCHEDULED,
    /** Public. */
    PUBLISHED,
    /** Retired from public view, kept with its history. */
    ARCHIVED;

    /** The statuses this one may move to. */
    public Set<PostStatus> allowedTransitions() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, SCHEDULED, ARCHIVED);
            case SCHEDULED -> EnumSet.of(PUBLISHED, SCHEDULED, DRAFT, ARCHIVED);
            case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    /** Whether a post in this status may move to {@code next}. */
    public boolean canBecome(PostStatus next) {
        return allowedTransitions().contains(next);
    }
}
