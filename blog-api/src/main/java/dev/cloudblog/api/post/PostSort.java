package dev.cloudblog.api.post;

/** The order of a post listing. Ties are broken by post id, so pages never skip or repeat. */
public enum PostSort {
    /** Most recently created first. */
    NEWEST,
    /** First created first. */
    OLDEST,
    /** Most recently saved first. */
    RECENTLY_UPDATED,
    /** Most recently published first; lists only posts that have a publish time. */
    RECENTLY_PUBLISHED
}
