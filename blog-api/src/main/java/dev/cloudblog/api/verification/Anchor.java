package dev.cloudblog.api.verification;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a checkpoint was anchored outside the blog: the receipt an anchor provider issues, kept
 * with the checkpoint and carried in every {@link ContentProof} that ends at it.
 *
 * @param anchorer   the anchor provider's name
 * @param network    where it was recorded, such as {@code eip155:1} for Ethereum's main chain
 * @param reference  how to find the record there, such as a transaction hash
 * @param anchoredAt when it was recorded, such as the time of the block that holds it
 * @param details    what else the provider needs to find or check the record, such as a contract
 *                   address and a block number; sorted by key, possibly empty
 */
public record Anchor(String anchorer, String network, String reference, Instant anchoredAt,
                     Map<String, String> details) {

    public Anchor {
        Objects.requireNonNull(anchorer, "anchorer");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(anchoredAt, "anchoredAt");
        details = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(details, "details")));
    }

    /** A receipt with no details beyond network and reference. */
    public Anchor(String anchorer, String network, String reference, Instant anchoredAt) {
        this(anchorer, network, reference, anchoredAt, Map.of());
    }

    /** The detail under {@code key}, or {@code null} when the receipt has none. */
    public String detail(String key) {
        return details.get(key);
    }
}
