package dev.cloudblog.examples.server;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Password hashing with bcrypt (Bouncy Castle's {@code OpenBSDBCrypt}, version {@code 2b}, a
 * random 16-byte salt per hash). Passwords must be 8 to 72 bytes of UTF-8, bcrypt's limit.
 * Thread-safe.
 */
final class Passwords {

    static final int MIN_BYTES = 8;
    static final int MAX_BYTES = 72;

    /** A hash of a random password, checked when a user is unknown so that both cases take as long. */
    private final String decoy;
    private final int cost;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param cost bcrypt's work factor, 4 to 31: each step doubles the time a hash takes
     */
    Passwords(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4 to 31, not " + cost);
        }
        this.cost = cost;
        this.decoy = hash("decoy-" + random.nextLong());
    }

    /**
     * Hashes a password.
     *
     * @throws ApiProblem 400 if it is shorter than 8 or longer than 72 bytes
     */
    String hash(String password) {
        int length = password.getBytes(StandardCharsets.UTF_8).length;
        if (length < MIN_BYTES || length > MAX_BYTES) {
            throw ApiProblem.badRequest("a password must be " + MIN_BYTES + " to " + MAX_BYTES
                    + " bytes of UTF-8, not " + length);
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /** Whether the password matches the hash; with no hash, spends the same time and answers no. */
    boolean matches(String password, String hash) {
        if (password.isEmpty() || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            OpenBSDBCrypt.checkPassword(decoy, "x".toCharArray());
            return false;
        }
        boolean matches = OpenBSDBCrypt.checkPassword(hash != null ? hash : decoy, password.toCharArray());
        return hash != null && matches;
    }
}
