package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ConfigSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blog as an HTTP service: the REST API under {@code /api/v1}, health, Prometheus metrics and
 * the OpenAPI document, on Javalin and Jetty. On its own it runs on embedded defaults (the
 * {@code jpa} store on an H2 file, Lucene on disk, Caffeine, rules and learned analysis, local
 * signing, all under {@code blog.data.dir}); settings switch it to PostgreSQL, Redis and Ethereum.
 *
 * <pre>{@code
 * try (BlogServer server = BlogServer.start(Map.of("blog.server.port", "0"))) {
 *     URI api = server.uri().resolve("/api/v1/posts");
 * }
 * }</pre>
 *
 * <p>{@link #close()} shuts down gracefully: readiness turns to 503, the server stops accepting,
 * in-flight requests finish (up to {@code blog.server.shutdown.timeout}), then the blog drains its
 * outbox and closes its index and store.
 */
public final class BlogServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BlogServer.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("cloudblog.audit");
    /** bcrypt's work factor: about 50 ms a hash on one core of a current server. */
    private static final int BCRYPT_COST = 10;
    private static final Set<String> UNAUDITED = Set.of("/api/v1/verify", "/api/v1/analysis");

    private final ServerSettings settings;
    private final ServerDatabase database;
    private final Blog blog;
    private final PrometheusMeterRegistry metrics;
    private final Exchanges http;
    private final AccountRoutes accounts;
    private final Javalin app;
    private final AtomicBoolean accepting = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<String> routes = new CopyOnWriteArrayList<>();
    /** The request timers of each route (or, unmatched, method), by status: looked up without allocating. */
    private final Map<Object, AtomicReferenceArray<Timer>> requestTimers = new ConcurrentHashMap<>();

    private BlogServer(ServerSettings settings, Map<String, String> blogProperties) {
        this.settings = settings;
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        this.http = new Exchanges(new ApiJson(), settings.publicMaxAge());
        this.blog = CloudBlog.builder().meterRegistry(metrics).properties(blogProperties).build();
        ServerDatabase opened = null;
        try {
            opened = new ServerDatabase(settings);
            this.database = opened;
            this.accounts = new AccountRoutes(database, new Passwords(BCRYPT_COST),
                    new AccessTokens(AccessTokens.secret(settings.jwtSecret(), settings.dataDir()), settings.tokenTtl(),
                            Clock.systemUTC()),
                    new RateLimiter("token requests per client", settings.tokenRequestsPerMinute(), System::nanoTime),
                    http, Clock.systemUTC());
            this.app = createApp();
        } catch (RuntimeException e) {
            if (opened != null) {
                opened.close();
            }
            blog.close();
            throw e;
        }
    }

    /**
     * Opens the blog and starts serving. Settings come from {@code overrides} first, then system
     * properties, environment variables and the file named by {@code blog.config.file}.
     *
     * @throws BlogConfigurationException if a setting is invalid
     */
    public static BlogServer start(Map<String, String> overrides) {
        Config config = config(overrides);
        ServerSettings settings = ServerSettings.from(config);
        BlogServer server = new BlogServer(settings, blogProperties(config, settings, overrides));
        try {
            server.startServing();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Runs the server until the process is stopped; {@code --seed N} seeds N demo posts on an empty store. */
    public static void main(String[] args) {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length) {
                overrides.put("blog.server.seed-posts", args[++i]);
            } else {
                System.err.println("usage: BlogServer [--seed N]; settings are environment variables such as "
                        + "BLOG_SERVER_PORT (see the README)");
                System.exit(2);
            }
        }
        BlogServer server = start(overrides);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cloudblog-shutdown"));
        System.out.println("cloudblog server listening on " + server.uri() + " (data in " + server.settings.dataDir()
                + "; API under /api/v1, metrics at /metrics, OpenAPI at /openapi.json)");
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The server's base address on loopback when it listens on every interface. */
    public URI uri() {
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        return URI.create("http://" + host + ":" + port());
    }

    /** Every route the server answers, as {@code METHOD /path/{param}}. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /** The blog the server serves, for hosts that embed it. */
    public Blog blog() {
        return blog;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        accepting.set(false);
        LOG.info("Shutting down: draining in-flight requests for up to {}", settings.shutdownTimeout());
        try {
            app.stop();
        } finally {
            try {
                blog.close();
            } finally {
                database.close();
                metrics.close();
            }
        }
        LOG.info("Shut down");
    }

    private void startServing() {
        settings.adminPassword().ifPresent(password -> {
            if (accounts.bootstrap("admin", Role.ADMIN, password)) {
                LOG.info("Created the user 'admin'");
            }
        });
        int seeded = DemoPosts.seed(blog, settings.seedPosts(), 500);
        if (seeded > 0) {
            LOG.info("Seeded {} demo posts", seeded);
        }
        app.start(settings.host(), settings.port());
        accepting.set(true);
        LOG.info("Listening on {}:{}", settings.host(), port());
    }

    private Javalin createApp() {
        ProblemResponses problems = new ProblemResponses(http.json(), settings.maxBodyBytes());
        ResponseCache cache = new ResponseCache(settings.publicMaxAge());
        blog.events().subscribe("server-response-cache", event -> cache.postChanged());
        RateLimiter writes = new RateLimiter("writes per user", settings.writesPerMinute(), System::nanoTime);
        PostRoutes posts = new PostRoutes(blog, http, cache, writes);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(http.json());
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.generateEtags = false;
            config.http.prefer405over404 = true;
            config.events.handlerAdded(handler -> routes.add(handler.getHttpMethod().name() + " " + handler.getPath()));
            config.jetty.modifyServer(server -> {
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(settings.shutdownTimeout().toMillis());
            });
            config.routes.exception(Exception.class, problems::handle);
            config.routes.exception(HttpResponseException.class, problems::handle);
            posts.register(config.routes);
            accounts.register(config.routes);
            new SearchRoutes(blog, http, cache, posts).register(config.routes);
            new AnalysisRoutes(blog, http, posts, writes).register(config.routes);
            new VerificationRoutes(blog, http, posts).register(config.routes);
            new OpsRoutes(blog, http, metrics, accepting::get).register(config.routes);
            config.routes.after(this::audit);
            config.requestLogger.http(this::observe);
        });
    }

    /** Times every request, by method, route and status. */
    private void observe(Context ctx, Float millis) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = route(matched);
        int status = ctx.statusCode();
        Object endpoint = matched != null ? matched : ctx.method();
        AtomicReferenceArray<Timer> byStatus = requestTimers.computeIfAbsent(endpoint,
                key -> new AtomicReferenceArray<>(1000));
        Timer timer = byStatus.get(status);
        if (timer == null) {
            timer = Timer.builder("http.server.requests").description("HTTP requests by method, route and status")
                    .tags("method", ctx.method().name(), "uri", route, "status", Integer.toString(status))
                    .register(metrics);
            byStatus.set(status, timer);
        }
        timer.record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /**
     * Records a write in the audit log, with its final status, before the response goes out: a
     * client that saw the response finds the entry.
     */
    private void audit(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS
                || UNAUDITED.contains(ctx.path())) {
            return;
        }
        Caller caller = ctx.attribute(Exchanges.CALLER);
        String actor = caller != null ? caller.auditName() : Caller.ANONYMOUS.auditName();
        String route = route(ctx.endpoints().matchedHttpEndpoint());
        int status = ctx.statusCode();
        ServerDatabase.AuditEntry entry = new ServerDatabase.AuditEntry(0, Instant.now(), actor,
                method.name() + " " + route, ctx.path(), status, ctx.ip());
        AUDIT.info("{} {} {} -> {}", actor, entry.action(), entry.target(), status);
        try {
            database.audit(entry);
        } catch (RuntimeException e) {
            LOG.error("Could not store the audit entry {}", entry, e);
        }
    }

    /** The route template of the endpoint that answered, e.g. {@code /api/v1/posts/{id}}. */
    private static String route(Endpoint matched) {
        return matched != null ? matched.path : "unmatched";
    }

    /** The server's settings: overrides, system properties, environment, then the settings file. */
    private static Config config(Map<String, String> overrides) {
        return Config.withSettingsFile(List.of(ConfigSource.of("overrides", overrides),
                ConfigSource.of("system properties", System.getProperties()),
                ConfigSource.environment(System.getenv())));
    }

    /**
     * What the blog is opened with: the overrides, and the server's defaults for every capability
     * not chosen anywhere else (so a Redis or Ethereum jar on the classpath is used only when asked for).
     */
    private static Map<String, String> blogProperties(Config config, ServerSettings settings,
                                                      Map<String, String> overrides) {
        Map<String, String> defaults = new HashMap<>(Map.of(
                "blog.store.provider", "jpa",
                "blog.cache.provider", "caffeine",
                "blog.events.provider", "local",
                "blog.lock.provider", "local",
                "blog.search.provider", "lucene",
                "blog.analysis.providers", "rules,ml",
                "blog.anchor.providers", config.get("blog.ethereum.chain-id").isPresent() ? "local,ethereum" : "local"));
        Map<String, String> properties = new HashMap<>();
        defaults.forEach((key, value) -> {
            if (config.get(key).isEmpty()) {
                properties.put(key, value);
            }
        });
        properties.put("blog.jpa.url", settings.databaseUrl());
        properties.putAll(overrides);
        return properties;
    }
}
