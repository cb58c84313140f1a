package dev.cloudblog.spi.cache;

/**
 * Counts of a cache's activity.
 *
 * @param hits      lookups answered from the cache
 * @param misses    lookups that were not
 * @param evictions entries removed to respect size or time limits
 * @param size      entries held now (approximate for concurrent caches)
 */
public record CacheStats(long hits, long misses, long evictions, long size) {

    /** Hits over lookups, or 1 when there were none. */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 1.0 : (double) hits / lookups;
    }
}
