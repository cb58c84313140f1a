package dev.cloudblog.api.search;

/** The order of search hits. Ties are broken by post id, so pages never skip or repeat. */
public enum SearchSort {
    /** Best match first (BM25, with title matches weighing more than body matches). */
    RELEVANCE,
    /** Latest publish time first; posts never published follow, most recently saved first. */
    NEWEST,
    /** Earliest publish time first; posts never published follow, least recently saved first. */
    OLDEST
}
