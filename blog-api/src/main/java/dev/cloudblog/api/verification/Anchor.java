package dev.cloudblog.api.verification;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a checkpoint was anchored outside the blog.
 *
 * @param anchorer   the anchor provider's name
 * @param network    where it was recorded, such as a chain id
 * @param reference  how to find the record there, such as a transaction hash
 * @param anchoredAt when it was recorded
 */
public record Anchor(String anchorer, String network, String reference, Instant anchoredAt) {

    public Anchor {
        Objects.requireNonNull(anchorer, "anchorer");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
    }
}
