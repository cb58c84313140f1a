package dev.cloudblog.api.post;

/** What a save did; recorded with each revision. */
public enum RevisionAction {
    CREATED,
    UPDATED,
    PUBLISHED,
    SCHEDULED,
    UNPUBLISHED,
    ARCHIVED,
    RESTORED
}
