package dev.cloudblog.providers.redis;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.json.BlogJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The thread that reads a node's consumer group of the event stream and hands each event to a
 * sink, in stream order, acknowledging a batch once the sink has taken it. After a start or a
 * failure it first reads the group's pending entries (handed over but not acknowledged), then new
 * ones, blocking at most a fraction of a second so that {@link #close()} is prompt. Failures of
 * Redis are counted as {@code events.read} and retried after a pause that doubles up to
 * {@value #MAX_RETRY_MILLIS} ms.
 */
final class RedisEventReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventReader.class);
    private static final int BATCH = 100;
    private static final long MAX_BLOCK_MILLIS = 250;
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long MAX_RETRY_MILLIS = 2_000;
    private static final StreamEntryID PENDING = new StreamEntryID(0, 0);

    private final UnifiedJedis redis;
    private final String stream;
    private final String group;
    private final RedisFailures failures;
    private final Consumer<BlogEvent> sink;
    private final BlogJson json = new BlogJson();
    private final XReadGroupParams read;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;
    private boolean started;
    /** Where the group starts when this reader creates it: the stream's end at first, its start once it existed. */
    private volatile StreamEntryID groupStart = StreamEntryID.XGROUP_LAST_ENTRY;
    private volatile boolean groupReady;

    /**
     * Creates the node's group on {@code stream} (the group and its consumer are both named
     * {@code nodeId}) unless it exists; if Redis cannot be reached the reader creates it later.
     *
     * @param timeout the read timeout of {@code redis}'s connections, which a blocking read stays under
     */
    RedisEventReader(UnifiedJedis redis, String stream, String nodeId, Duration timeout, RedisFailures failures,
                     Consumer<BlogEvent> sink) {
        this.redis = redis;
        this.stream = stream;
        this.group = nodeId;
        this.failures = failures;
        this.sink = sink;
        this.read = XReadGroupParams.xReadGroupParams().count(BATCH)
                .block((int) Math.max(1, Math.min(MAX_BLOCK_MILLIS, timeout.toMillis() / 2)));
        this.thread = new Thread(this::run, "cloudblog-redis-events-" + nodeId);
        this.thread.setDaemon(true);
        try {
            createGroup();
        } catch (JedisException e) {
            failures.failed("events.read", e);
        }
    }

    /** Starts reading, once; later calls do nothing. */
    synchronized void start() {
        if (!started && closed.getCount() > 0) {
            started = true;
            thread.start();
        }
    }

    private void run() {
        StreamEntryID cursor = PENDING;
        long retryMillis = FIRST_RETRY_MILLIS;
        while (closed.getCount() > 0) {
            try {
                if (!groupReady) {
                    createGroup();
                }
                List<StreamEntry> entries = readBatch(cursor);
                if (entries.isEmpty()) {
                    cursor = StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY;
                } else {
                    deliver(entries);
                    if (cursor != StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY) {
                        cursor = entries.get(entries.size() - 1).getID();
                    }
                }
                retryMillis = FIRST_RETRY_MILLIS;
            } catch (JedisException e) {
                if (e instanceof JedisDataException && String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    groupReady = false;
                }
                failures.failed("events.read", e);
                cursor = PENDING;
                pause(retryMillis);
                retryMillis = Math.min(MAX_RETRY_MILLIS, retryMillis * 2);
            }
        }
    }

    private void createGroup() {
        try {
            redis.xgroupCreate(stream, group, groupStart, true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
        groupStart = PENDING;
        groupReady = true;
    }

    private List<StreamEntry> readBatch(StreamEntryID cursor) {
        List<Map.Entry<String, List<StreamEntry>>> streams = redis.xreadGroup(group, group, read,
                Map.of(stream, cursor));
        return streams == null || streams.isEmpty() ? List.of() : streams.get(0).getValue();
    }

    private void deliver(List<StreamEntry> entries) {
        List<StreamEntryID> ids = new ArrayList<>(entries.size());
        for (StreamEntry entry : entries) {
            ids.add(entry.getID());
            String text = entry.getFields() == null ? null : entry.getFields().get(RedisEventBus.FIELD);
            if (text == null) {
                LOG.warn("Event {} on stream {} was trimmed before node {} read it; it is skipped", entry.getID(),
                        stream, group);
                continue;
            }
            BlogEvent event;
            try {
                event = json.event(text);
            } catch (IllegalStateException e) {
                LOG.warn("Entry {} on stream {} is not an event; it is skipped", entry.getID(), stream, e);
                continue;
            }
            sink.accept(event);
        }
        redis.xack(stream, group, ids.toArray(StreamEntryID[]::new));
    }

    private void pause(long millis) {
        try {
            closed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed.countDown();
        }
    }

    /** Stops reading and waits for the batch in hand to be delivered. */
    @Override
    public void close() {
        synchronized (this) {
            closed.countDown();
        }
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
