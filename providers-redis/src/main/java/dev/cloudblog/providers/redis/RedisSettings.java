package dev.cloudblog.providers.redis;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

/**
 * Where the shared Redis is and how this blog's keys are named there.
 *
 * <ul>
 *   <li>{@code blog.redis.url}: {@code redis://[user:password@]host:port[/database]} or
 *       {@code rediss://} for TLS; default {@code redis://127.0.0.1:6379};</li>
 *   <li>{@code blog.redis.namespace}: the prefix of every key and channel, so several blogs can
 *       share one Redis; default {@code cloudblog};</li>
 *   <li>{@code blog.redis.timeout}: connect and read timeout of a command; default {@code 2s};</li>
 *   <li>{@code blog.redis.failure-log-interval}: failures of one kind are logged at most once per
 *       this interval (they are all counted); default {@code 30s}.</li>
 * </ul>
 *
 * @param url                the server
 * @param namespace          the prefix of keys and channels
 * @param timeout            connect and read timeout
 * @param failureLogInterval the least time between two log lines about failures of one kind
 */
public record RedisSettings(URI url, String namespace, Duration timeout, Duration failureLogInterval) {

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(failureLogInterval, "failureLogInterval");
    }

    /**
     * Reads the settings.
     *
     * @throws BlogConfigurationException if the URL is not a {@code redis://} or {@code rediss://} URL
     *         with a host, or the namespace is blank or holds white space
     */
    public static RedisSettings of(Config config) {
        String text = config.string("blog.redis.url", "redis://127.0.0.1:6379");
        URI url;
        try {
            url = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw invalidUrl(text, e.getMessage());
        }
        if (!"redis".equals(url.getScheme()) && !"rediss".equals(url.getScheme()) || url.getHost() == null) {
            throw invalidUrl(text, "expected redis://host:port or rediss://host:port");
        }
        String namespace = config.string("blog.redis.namespace", "cloudblog");
        if (namespace.isBlank() || namespace.chars().anyMatch(Character::isWhitespace)) {
            throw new BlogConfigurationException("blog.redis.namespace must be a non-blank word without white space "
                    + "but was '" + namespace + "'");
        }
        return new RedisSettings(url, namespace, config.duration("blog.redis.timeout", Duration.ofSeconds(2)),
                config.duration("blog.redis.failure-log-interval", Duration.ofSeconds(30)));
    }

    /** The key or channel name {@code <namespace>:<part>:<part>...}. */
    public String key(String... parts) {
        return namespace + ":" + String.join(":", parts);
    }

    /**
     * A pool of connections for commands; each command takes one and reconnects when needed, and
     * waits at most the timeout for a free one.
     */
    public JedisPooled pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxWait(timeout);
        return new JedisPooled(pool, hostAndPort(), clientConfig(timeout));
    }

    /** The server's address. */
    public HostAndPort hostAndPort() {
        return new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort());
    }

    /** Client settings with this read timeout ({@link Duration#ZERO} for none, as a subscriber needs). */
    public JedisClientConfig clientConfig(Duration readTimeout) {
        DefaultJedisClientConfig.Builder builder = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) timeout.toMillis())
                .socketTimeoutMillis((int) readTimeout.toMillis())
                .ssl("rediss".equals(url.getScheme()));
        String userInfo = url.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                builder.password(userInfo);
            } else {
                if (colon > 0) {
                    builder.user(userInfo.substring(0, colon));
                }
                builder.password(userInfo.substring(colon + 1));
            }
        }
        String path = url.getPath();
        if (path != null && path.length() > 1) {
            builder.database(Integer.parseInt(path.substring(1)));
        }
        return builder.build();
    }

    private static BlogConfigurationException invalidUrl(String text, String why) {
        return new BlogConfigurationException("blog.redis.url '" + text + "' is not a Redis URL: " + why);
    }
}
