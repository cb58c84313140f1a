package dev.cloudblog.core;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.core.checkpoint.CheckpointSigner;
import dev.cloudblog.core.checkpoint.SigningKeys;
import dev.cloudblog.spi.Backoff;
import dev.cloudblog.spi.Config;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of the revision log, read and checked at start.
 *
 * @param origin              the log's name, first line of every checkpoint and the signing key's name
 * @param keys                the Ed25519 key pair checkpoints are signed with
 * @param leavesPerCheckpoint a checkpoint is cut once this many leaves are uncovered
 * @param checkpointInterval  or once this much time has passed with any uncovered leaf
 * @param anchorRetry         delays before anchoring a checkpoint again after a failure
 */
record VerificationSettings(String origin, KeyPair keys, int leavesPerCheckpoint, Duration checkpointInterval,
                            Backoff anchorRetry) {

    /**
     * Reads {@code blog.verification.*}. Without key files the pair is generated on first start and
     * kept under {@code <blog.data.dir>/keys}.
     *
     * @throws BlogConfigurationException if only one key file is named or the keys cannot be read
     */
    static VerificationSettings of(Config config) {
        String origin = config.string("blog.verification.origin", "cloudblog");
        if (!origin.matches("[\\p{L}\\p{N}./:_-]{1,100}")) {
            throw new BlogConfigurationException("blog.verification.origin = '" + origin
                    + "': expected 1 to 100 letters, digits, '.', '/', ':', '_' or '-', such as blog.example.org/log");
        }
        Optional<Path> privateKey = config.get("blog.verification.private-key").map(Path::of);
        Optional<Path> publicKey = config.get("blog.verification.public-key").map(Path::of);
        if (privateKey.isPresent() != publicKey.isPresent()) {
            throw new BlogConfigurationException("blog.verification.private-key and blog.verification.public-key "
                    + "go together: set both (PKCS#8 and X.509 files) or neither (a key is generated and kept)");
        }
        KeyPair keys;
        try {
            keys = privateKey.isPresent()
                    ? SigningKeys.load(privateKey.get(), publicKey.get())
                    : SigningKeys.loadOrCreate(config.path("blog.data.dir", Path.of("data")).resolve("keys"));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BlogConfigurationException("the checkpoint signing key cannot be used: " + e.getMessage(), e);
        }
        return new VerificationSettings(origin, keys,
                config.intValue("blog.verification.checkpoint.leaves", 256, 1, 1_000_000),
                config.duration("blog.verification.checkpoint.interval", Duration.ofMinutes(1)),
                anchorRetry(config));
    }

    private static Backoff anchorRetry(Config config) {
        Duration initial = config.duration("blog.anchor.retry.initial-delay", Duration.ofSeconds(1));
        Duration max = config.duration("blog.anchor.retry.max-delay", Duration.ofMinutes(5));
        try {
            return new Backoff(initial, max);
        } catch (IllegalArgumentException e) {
            throw new BlogConfigurationException("blog.anchor.retry.initial-delay = " + initial
                    + " and blog.anchor.retry.max-delay = " + max + ": " + e.getMessage());
        }
    }

    /**
     * The signer of this log's checkpoints.
     *
     * @throws BlogConfigurationException if the key pair is not a matching Ed25519 pair
     */
    CheckpointSigner signer() {
        try {
            return new CheckpointSigner(origin, keys);
        } catch (IllegalArgumentException e) {
            throw new BlogConfigurationException("the checkpoint signing key cannot be used: " + e.getMessage(), e);
        }
    }
}
