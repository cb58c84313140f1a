package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import dev.cloudblog.spi.event.EventBusProvider;

/**
 * The {@code redis} event bus: events travel through a Redis stream that every node reads with a
 * consumer group of its own, so each node sees every event, its own included, in one order, and
 * a node that was down catches up on what it missed. Settings, besides those of
 * {@link RedisSettings}:
 *
 * <ul>
 *   <li>{@code blog.redis.events.max-length}: about how many events the stream keeps (older ones
 *       are trimmed); a node down for longer than it takes to publish that many misses the
 *       trimmed ones; default {@code 100000}.</li>
 * </ul>
 *
 * See {@link RedisEventBus} for the semantics.
 */
public final class RedisEventBusProvider implements EventBusProvider {

    /** The name that selects this bus: {@code blog.events.provider=redis}. */
    public static final String NAME = "redis";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Creates the bus and this node's consumer group; the group is created later, when Redis is
     * back, if Redis cannot be reached now.
     *
     * @throws dev.cloudblog.api.BlogConfigurationException if a setting is invalid
     */
    @Override
    public EventBus create(ProviderContext context) {
        RedisSettings settings = RedisSettings.of(context.config());
        long maxLength = context.config().longValue("blog.redis.events.max-length", 100_000, 1, Long.MAX_VALUE);
        RedisFailures failures = new RedisFailures(context.meterRegistry(), context.clock(),
                settings.failureLogInterval());
        return new RedisEventBus(settings, context.nodeId(), maxLength, failures);
    }
}
