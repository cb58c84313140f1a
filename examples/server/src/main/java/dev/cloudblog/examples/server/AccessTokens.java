package dev.cloudblog.examples.server;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed access tokens: JWTs with HMAC-SHA256 ({@code HS256}), issuer {@code cloudblog}, the
 * user as subject, their role as claim {@code role}, and an expiry. Verification accepts nothing
 * else: another algorithm (including {@code none}), a changed payload or signature, a token past
 * its expiry or one from another issuer is refused with an {@link ApiProblem} 401 saying which.
 * Thread-safe.
 */
final class AccessTokens {

    static final String ISSUER = "cloudblog";

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration ttl;
    private final Clock clock;

    AccessTokens(byte[] secret, Duration ttl, Clock clock) {
        if (secret.length < ServerSettings.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an HS256 secret needs at least " + ServerSettings.MIN_SECRET_BYTES
                    + " bytes, not " + secret.length);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a token lives for a positive time, not " + ttl);
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER)
                .withClaimPresence("role").withClaimPresence("exp")).build(clock);
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * The configured secret, or the one kept in {@code <dataDir>/server/jwt.secret}, made on first
     * use (readable by the owner only).
     */
    static byte[] secret(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve("server").resolve("jwt.secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[48];
                new SecureRandom().nextBytes(fresh);
                Path temporary = Files.createTempFile(file.getParent(), "jwt", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the token secret in " + file, e);
        }
    }

    /** A new token for the user. */
    Issued issue(User user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        String token = JWT.create().withIssuer(ISSUER).withSubject(user.name()).withClaim("role", user.role().name())
                .withIssuedAt(now).withExpiresAt(expiresAt).withJWTId(UUID.randomUUID().toString()).sign(algorithm);
        return new Issued(token, "Bearer", expiresAt, user.name(), user.role());
    }

    /**
     * The caller a token names.
     *
     * @throws ApiProblem 401 if the token is malformed, expired, signed otherwise or names no known role
     */
    Caller verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            Role role = Role.valueOf(jwt.getClaim("role").asString());
            if (jwt.getSubject() == null) {
                throw ApiProblem.unauthorized("the access token names no user");
            }
            return new Caller(jwt.getSubject(), role);
        } catch (TokenExpiredException e) {
            throw ApiProblem.unauthorized("the access token expired at " + e.getExpiredOn() + "; ask for a new one");
        } catch (AlgorithmMismatchException e) {
            throw ApiProblem.unauthorized("the access token must be signed with HS256");
        } catch (SignatureVerificationException e) {
            throw ApiProblem.unauthorized("the access token's signature does not match its content");
        } catch (JWTDecodeException e) {
            throw ApiProblem.unauthorized("the access token is not a JWT");
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.unauthorized("the access token is not valid here");
        }
    }

    /** An issued token, as {@code POST /api/v1/auth/token} returns it. */
    record Issued(String token, String tokenType, Instant expiresAt, String username, Role role) {
    }
}
