package dev.cloudblog.providers.redis;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.json.BlogJson;
import dev.cloudblog.spi.event.EventBus;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAddParams;

/**
 * An event bus on the Redis stream {@code <namespace>:events}. Publishing appends the event's
 * JSON to the stream ({@code XADD}, trimmed to about the configured maximum length). Every node
 * reads the whole stream through a consumer group named after its node id, so:
 *
 * <ul>
 *   <li>a node receives every event, the ones it published included, in the stream's single
 *       order, which is publish order;</li>
 *   <li>a node new to the stream starts at its end, when the bus is created: it receives the
 *       events published from then on;</li>
 *   <li>a node that comes back with the same {@code blog.node.id} resumes where it stopped:
 *       first the events it had read but not finished, then those published while it was away
 *       (as far as trimming kept them). Node ids must therefore be unique and stable; the group
 *       of a node that never comes back stays in Redis, unused.</li>
 * </ul>
 *
 * <p>One reader thread, started by the first subscription (so that what a returning node missed
 * reaches its subscribers), hands each event to every current consumer in order, then
 * acknowledges it. A consumer that throws is logged and skipped; the others and later events are
 * not affected. Delivery is at least once: an event being handled when the node stops or Redis
 * fails is handed over again.
 *
 * <p>When Redis fails, {@link #publish} throws (the engine keeps the event in its outbox and
 * publishes it again later) and the reader retries with growing pauses; both are counted in
 * {@code blog.redis.failures} (operations {@code events.publish}, {@code events.read}). If Redis
 * comes back without the stream, the group is created again from the stream's start, so nothing
 * published since is missed. Thread-safe.
 */
final class RedisEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
    static final String FIELD = "event";

    private final JedisPooled redis;
    private final String stream;
    private final XAddParams append;
    private final RedisFailures failures;
    private final BlogJson json = new BlogJson();
    private final CopyOnWriteArrayList<Consumer<BlogEvent>> consumers = new CopyOnWriteArrayList<>();
    private final RedisEventReader reader;
    private volatile boolean closed;

    RedisEventBus(RedisSettings settings, String nodeId, long maxLength, RedisFailures failures) {
        this.redis = settings.pool();
        this.stream = settings.key("events");
        this.append = XAddParams.xAddParams().maxLen(maxLength).approximateTrimming();
        this.failures = failures;
        this.reader = new RedisEventReader(redis, stream, nodeId, settings.timeout(), failures, this::dispatch);
    }

    /**
     * Appends the event to the stream.
     *
     * @throws IllegalStateException if Redis did not take it (the cause says why) or the bus is closed
     */
    @Override
    public void publish(BlogEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            throw new IllegalStateException("the Redis event bus is closed");
        }
        String text = json.event(event);
        try {
            redis.xadd(stream, append, Map.of(FIELD, text));
        } catch (JedisException e) {
            failures.failed("events.publish", e);
            throw new IllegalStateException("Redis did not take event " + event.id() + " on stream " + stream, e);
        }
    }

    /**
     * {@inheritDoc} The consumer is called on the bus's reader thread.
     *
     * @throws IllegalStateException if the bus is closed
     */
    @Override
    public AutoCloseable subscribe(Consumer<BlogEvent> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        if (closed) {
            throw new IllegalStateException("the Redis event bus is closed");
        }
        // A fresh identity, so that subscribing one consumer twice gives two independent subscriptions.
        Consumer<BlogEvent> subscribed = consumer::accept;
        consumers.add(subscribed);
        reader.start();
        return () -> consumers.remove(subscribed);
    }

    private void dispatch(BlogEvent event) {
        for (Consumer<BlogEvent> consumer : consumers) {
            try {
                consumer.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("An event consumer failed on event {}; it still receives later events", event.id(), e);
            }
        }
    }

    /** Stops the reader (waiting for the event in hand), drops the consumers and disconnects. */
    @Override
    public void close() {
        closed = true;
        reader.close();
        consumers.clear();
        redis.close();
    }
}
