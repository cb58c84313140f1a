package dev.cloudblog.api.search;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a rebuild of the search index has come.
 *
 * @param done    posts indexed so far
 * @param total   posts to index (counted when the rebuild started)
 * @param elapsed time since the rebuild started
 */
public record RebuildProgress(long done, long total, Duration elapsed) {

    public RebuildProgress {
        Objects.requireNonNull(elapsed, "elapsed");
        if (done < 0 || total < 0) {
            throw new IllegalArgumentException("done and total must not be negative but were " + done + " and "
                    + total);
        }
    }

    /** Posts indexed per second so far; 0 before the first. */
    public double postsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return done == 0 || seconds <= 0 ? 0 : done / seconds;
    }

    /** The time left at the rate so far; empty until a post has been indexed. */
    public Optional<Duration> eta() {
        if (done >= total) {
            return Optional.of(Duration.ZERO);
        }
        double rate = postsPerSecond();
        return rate == 0 ? Optional.empty() : Optional.of(Duration.ofNanos((long) ((total - done) / rate * 1e9)));
    }

    /** Whether every post has been indexed. */
    public boolean finished() {
        return done >= total;
    }

    @Override
    public String toString() {
        return done + "/" + total + " posts, " + Math.round(postsPerSecond()) + " posts/s, eta "
                + eta().map(Duration::toString).orElse("unknown");
    }
}
