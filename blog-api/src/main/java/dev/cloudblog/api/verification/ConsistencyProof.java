package dev.cloudblog.api.verification;

import java.util.List;
import java.util.Objects;

/**
 * A proof that the log at {@code newCheckpoint} only appended to the log at an older size
 * (RFC 9162 consistency proof).
 *
 * @param oldTreeSize   the older checkpoint's size
 * @param newCheckpoint the current signed checkpoint
 * @param proof         the base64 hashes of the consistency proof
 */
public record ConsistencyProof(long oldTreeSize, Checkpoint newCheckpoint, List<String> proof) {

    public ConsistencyProof {
        Objects.requireNonNull(newCheckpoint, "newCheckpoint");
        proof = List.copyOf(proof);
    }
}
