package dev.cloudblog.providers.redis;

import dev.cloudblog.spi.lock.Lease;
import dev.cloudblog.spi.lock.LockService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Locks on Redis, one key per lock ({@code <namespace>:lock:<name>}), following the single-instance
 * pattern of the Redis documentation: a lock is taken with {@code SET key token NX PX ttl}, where the
 * token is random and known only to the lease; renewal and release are Lua scripts that extend or
 * delete the key only while it still holds that token, so a holder whose lease expired can never
 * extend or free a lock another node has taken since. Time is Redis's: a lease expires on the
 * server, whatever the nodes' clocks say.
 *
 * <p>When Redis cannot be reached, nothing is acquired and renewals report the lease lost (failures
 * are counted and logged through {@link RedisFailures}): during an outage no node runs exclusive
 * work, rather than several. Thread-safe.
 */
final class RedisLockService implements LockService {

    private static final String RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";

    private final RedisSettings settings;
    private final RedisFailures failures;
    private final JedisPooled redis;

    RedisLockService(RedisSettings settings, RedisFailures failures) {
        this.settings = settings;
        this.failures = failures;
        this.redis = settings.pool();
    }

    @Override
    public Optional<Lease> tryAcquire(String name, Duration ttl) {
        Objects.requireNonNull(name, "name");
        String key = settings.key("lock", name);
        String token = UUID.randomUUID().toString();
        try {
            String reply = redis.set(key, token, SetParams.setParams().nx().px(ttl.toMillis()));
            return "OK".equals(reply) ? Optional.of(new RedisLease(name, key, token)) : Optional.empty();
        } catch (JedisException e) {
            failures.failed("lock.acquire", e);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        redis.close();
    }

    /** A lock held under a token. */
    private final class RedisLease implements Lease {
        private final String name;
        private final String key;
        private final String token;
        private boolean lost;

        RedisLease(String name, String key, String token) {
            this.name = name;
            this.key = key;
            this.token = token;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean renew(Duration ttl) {
            if (lost) {
                return false;
            }
            try {
                lost = !Long.valueOf(1).equals(redis.eval(RENEW, List.of(key),
                        List.of(token, Long.toString(ttl.toMillis()))));
            } catch (JedisException e) {
                failures.failed("lock.renew", e);
                lost = true;
            }
            return !lost;
        }

        @Override
        public void close() {
            try {
                redis.eval(RELEASE, List.of(key), List.of(token));
            } catch (JedisException e) {
                failures.failed("lock.release", e);
            }
            lost = true;
        }
    }
}
