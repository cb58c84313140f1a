package dev.cloudblog.providers.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The channel on which the nodes of one namespace tell each other which cache keys they dropped,
 * {@code <namespace>:cache:invalidations}. A message is a small JSON object,
 * {@code {"node":"node-a","all":false,"keys":["id:42","slug:hello"]}}, or with {@code "all":true}
 * and no keys for "drop everything".
 *
 * <p>Receiving runs on a daemon thread of its own, subscribed on a dedicated connection without a
 * read timeout. Messages from this node are ignored; the others go to {@code onKeys} and
 * {@code onAll}. Pub/sub delivers at most once, so whenever the subscription is lost or
 * (re)established {@code onResync} runs, before the loss is counted as a failure: what was
 * missed in between is unknown, and the receiver must drop everything it holds. After a failure the thread connects again, waiting 50 ms at first
 * and doubling up to 2 s between attempts; every failure goes to {@link RedisFailures}. The
 * constructor waits up to {@code blog.redis.timeout} for the first subscription, so that in the
 * usual case nothing is cached before the node listens.
 *
 * <p>Publishing never throws on a Redis failure: it is counted and logged, and the other nodes
 * fall back on their L1 time to live. Thread-safe.
 */
final class CacheInvalidations implements AutoCloseable {

    private static final Duration FIRST_RETRY = Duration.ofMillis(50);
    private static final Duration LAST_RETRY = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One message on the channel.
     *
     * @param node the id of the node that dropped the keys
     * @param all  whether it dropped every key
     * @param keys the keys it dropped, empty when {@code all}
     */
    record Message(String node, boolean all, List<String> keys) {

        Message {
            Objects.requireNonNull(node, "node");
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    private final RedisSettings settings;
    private final JedisPooled pool;
    private final RedisFailures failures;
    private final String channel;
    private final String node;
    private final Consumer<List<String>> onKeys;
    private final Runnable onAll;
    private final Runnable onResync;
    private final Listener listener = new Listener();
    private final CountDownLatch firstSubscription = new CountDownLatch(1);
    private final Thread receiver;
    private volatile boolean running = true;
    private volatile Jedis connection;
    private volatile Duration retry = FIRST_RETRY;
    /** Whether the current connection has subscribed; only the receiving thread uses it. */
    private boolean listening;

    /**
     * Starts listening as {@code node}.
     *
     * @param onKeys   drops these keys, which another node dropped
     * @param onAll    drops every key, as another node did
     * @param onResync drops every key, because messages may have been missed
     */
    CacheInvalidations(RedisSettings settings, JedisPooled pool, RedisFailures failures, String node,
                       Consumer<List<String>> onKeys, Runnable onAll, Runnable onResync) {
        this.settings = settings;
        this.pool = pool;
        this.failures = failures;
        this.channel = settings.key("cache", "invalidations");
        this.node = node;
        this.onKeys = onKeys;
        this.onAll = onAll;
        this.onResync = onResync;
        this.receiver = new Thread(this::receive, "cloudblog-redis-cache-invalidations-" + node);
        receiver.setDaemon(true);
        receiver.start();
        try {
            firstSubscription.await(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the other nodes that this one dropped {@code keys}. */
    void publishKeys(Collection<String> keys) {
        publish(new Message(node, false, List.copyOf(keys)));
    }

    /** Tells the other nodes that this one dropped every key. */
    void publishAll() {
        publish(new Message(node, true, List.of()));
    }

    private void publish(Message message) {
        String json;
        try {
            json = JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write cache invalidation as JSON: " + e.getOriginalMessage(), e);
        }
        try {
            pool.publish(channel, json);
        } catch (JedisException e) {
            failures.failed("cache-publish", e);
        }
    }

    private void receive() {
        while (running) {
            JedisException failure = null;
            try (Jedis jedis = new Jedis(settings.hostAndPort(), settings.clientConfig(Duration.ZERO))) {
                connection = jedis;
                if (running) {
                    jedis.subscribe(listener, channel);
                }
            } catch (JedisException e) {
                failure = e;
            } finally {
                connection = null;
            }
            if (!running) {
                return;
            }
            if (listening) {
                listening = false;
                onResync.run();
            }
            if (failure != null) {
                failures.failed("cache-subscribe", failure);
            }
            pause();
        }
    }

    private void pause() {
        Duration wait = retry;
        retry = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            running = false;
        }
    }

    private void handle(String json) {
        Message message;
        try {
            message = JSON.readValue(json, Message.class);
        } catch (JsonProcessingException | RuntimeException e) {
            failures.failed("cache-message", new IllegalStateException("unreadable cache invalidation: " + json, e));
            return;
        }
        if (message.node().equals(node)) {
            return;
        }
        if (message.all()) {
            onAll.run();
        } else {
            onKeys.accept(message.keys());
        }
    }

    /** Stops listening and waits up to {@code blog.redis.timeout} for the receiving thread to end. */
    @Override
    public void close() {
        running = false;
        try {
            if (listener.isSubscribed()) {
                listener.unsubscribe();
            }
        } catch (JedisException e) {
            // the connection is closed below either way
        }
        Jedis current = connection;
        if (current != null) {
            current.close();
        }
        receiver.interrupt();
        try {
            receiver.join(settings.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener extends JedisPubSub {

        @Override
        public void onSubscribe(String subscribed, int count) {
            retry = FIRST_RETRY;
            listening = true;
            onResync.run();
            firstSubscription.countDown();
        }

        @Override
        public void onMessage(String from, String message) {
            handle(message);
        }
    }
}
