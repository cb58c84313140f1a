package dev.cloudblog.examples.server;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Users and their tokens: {@code POST /api/v1/auth/token} trades a name and password for an
 * access token (rate-limited per client address), admins list, create and delete users and read
 * the audit log. Every request's {@code Authorization: Bearer} token is checked here, and the
 * user it names must still exist: a deleted user's or demoted user's token stops working within
 * seconds, whatever its expiry.
 */
final class AccountRoutes {

    private final ServerDatabase database;
    private final Passwords passwords;
    private final AccessTokens tokens;
    private final RateLimiter tokenRequests;
    private final Exchanges http;
    private final Clock clock;
    private final LoadingCache<String, Optional<User>> users;

    AccountRoutes(ServerDatabase database, Passwords passwords, AccessTokens tokens, RateLimiter tokenRequests,
                  Exchanges http, Clock clock) {
        this.database = database;
        this.passwords = passwords;
        this.tokens = tokens;
        this.tokenRequests = tokenRequests;
        this.http = http;
        this.clock = clock;
        this.users = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(5))
                .build(name -> database.user(name));
    }

    void register(RoutesConfig routes) {
        routes.before(this::authenticate);
        routes.post("/api/v1/auth/token", this::token);
        routes.get("/api/v1/users", this::list);
        routes.post("/api/v1/users", this::create);
        routes.delete("/api/v1/users/{username}", this::delete);
        routes.get("/api/v1/audit", this::audit);
    }

    /** Creates the user unless one of that name exists; returns whether it did. */
    boolean bootstrap(String name, Role role, String password) {
        return database.insert(new User(name, role, passwords.hash(password), clock.instant()));
    }

    private void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiProblem.unauthorized("the Authorization header must be 'Bearer <token>'");
        }
        Caller claimed = tokens.verify(header.substring(7).trim());
        User user = users.get(claimed.name()).orElseThrow(() -> ApiProblem.unauthorized("the access token's user '"
                + claimed.name() + "' no longer exists"));
        ctx.attribute(Exchanges.CALLER, new Caller(user.name(), user.role()));
    }

    private void token(Context ctx) {
        tokenRequests.acquire(ctx.ip());
        QueryParameters.of(ctx);
        Credentials credentials = http.body(ctx, Credentials.class);
        if (credentials.username() == null || credentials.password() == null) {
            throw ApiProblem.badRequest("the body needs 'username' and 'password'");
        }
        Optional<User> user = database.user(credentials.username());
        if (!passwords.matches(credentials.password(), user.map(User::passwordHash).orElse(null))) {
            throw new ApiProblem(401, "invalid-credentials", "Invalid credentials",
                    "the user name or the password is wrong");
        }
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, tokens.issue(user.orElseThrow()));
    }

    private void list(Context ctx) {
        http.require(ctx, Role.ADMIN);
        QueryParameters.of(ctx);
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, new PostRoutes.Listing<>(database.users().stream().map(User::view).toList(), null));
    }

    private void create(Context ctx) {
        http.require(ctx, Role.ADMIN);
        QueryParameters.of(ctx);
        NewUser request = http.body(ctx, NewUser.class);
        if (request.username() == null || !User.NAME.matcher(request.username()).matches()) {
            throw ApiProblem.badRequest("'username' must be 1 to 64 letters, digits, '.', '_' or '-', not "
                    + (request.username() == null ? "absent" : "'" + request.username() + "'"));
        }
        if (request.role() == null || request.password() == null) {
            throw ApiProblem.badRequest("the body needs 'role' (one of " + List.of(Role.values()).toString()
                    .toLowerCase(Locale.ROOT) + ") and 'password'");
        }
        User user = new User(request.username(), request.role(), passwords.hash(request.password()), clock.instant());
        if (!database.insert(user)) {
            throw new ApiProblem(409, "user-exists", "User exists", "a user named '" + user.name() + "' exists");
        }
        users.invalidate(user.name());
        ctx.header("Location", "/api/v1/users/" + user.name());
        Exchanges.uncacheable(ctx);
        http.json(ctx, 201, user.view());
    }

    private void delete(Context ctx) {
        Caller caller = http.require(ctx, Role.ADMIN);
        QueryParameters.of(ctx);
        String name = ctx.pathParam("username");
        if (name.equals(caller.name())) {
            throw new ApiProblem(409, "self-delete", "Cannot delete yourself",
                    "an admin cannot delete their own user; another admin can");
        }
        if (!database.delete(name)) {
            throw ApiProblem.notFound("no user is named '" + name + "'");
        }
        users.invalidate(name);
        ctx.status(204);
    }

    private void audit(Context ctx) {
        http.require(ctx, Role.ADMIN);
        QueryParameters query = QueryParameters.of(ctx, "limit", "before");
        List<ServerDatabase.AuditEntry> entries = database.audit(query.integer("limit", 50, 1, 1000),
                query.longValue("before", 0));
        String next = entries.isEmpty() ? null : Long.toString(entries.get(entries.size() - 1).id());
        Exchanges.uncacheable(ctx);
        http.json(ctx, 200, new PostRoutes.Listing<>(entries, next));
    }

    /** The body of a token request. */
    record Credentials(String username, String password) {
    }

    /** The body that creates a user. */
    record NewUser(String username, String password, Role role) {
    }
}
