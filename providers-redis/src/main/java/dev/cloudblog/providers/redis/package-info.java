/**
 * Redis for several application nodes sharing one blog, with Jedis: the {@code redis} cache (a
 * Caffeine L1 per node in front of a shared L2, kept coherent by invalidation messages), the
 * {@code redis} event bus (Redis Streams with a consumer group per node) and the {@code redis}
 * lock (so that one node at a time publishes scheduled posts and cuts checkpoints). Settings are
 * in {@link dev.cloudblog.providers.redis.RedisSettings}.
 */
package dev.cloudblog.providers.redis;
