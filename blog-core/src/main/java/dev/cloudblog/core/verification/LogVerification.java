package dev.cloudblog.core.verification;

import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.ProofUnavailableException;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.AuditReport;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.ConsistencyProof;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.Verification;
import dev.cloudblog.api.verification.VerificationKey;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import dev.cloudblog.core.checkpoint.CheckpointBody;
import dev.cloudblog.core.checkpoint.CheckpointException;
import dev.cloudblog.core.checkpoint.CheckpointVerifier;
import dev.cloudblog.core.checkpoint.SigningKeys;
import dev.cloudblog.core.merkle.MerkleTree;
import dev.cloudblog.core.metrics.OperationMetrics;
import dev.cloudblog.spi.anchor.Anchorer;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.StoredCheckpoint;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The blog's {@link Verification} over its revision log. Before proving or auditing it relays what
 * the outbox holds, so a revision saved a moment ago already has its leaf.
 */
public final class LogVerification implements Verification {

    private final PostStore store;
    private final RevisionLog log;
    private final CheckpointVerifier checkpoints;
    private final ProofVerifier verifier;
    private final Map<String, Anchorer> anchorers;
    private final Runnable relayOutbox;
    private final OperationMetrics metrics;
    private final Clock clock;

    /**
     * @param relayOutbox relays the outbox now, on the calling thread
     * @param metrics     times every operation as {@code verification.<method>}
     */
    public LogVerification(PostStore store, RevisionLog log, CheckpointVerifier checkpoints,
                           Map<String, Anchorer> anchorers, Runnable relayOutbox, OperationMetrics metrics,
                           Clock clock) {
        this.clock = clock;
        this.metrics = metrics;
        this.store = store;
        this.log = log;
        this.checkpoints = checkpoints;
        this.verifier = new ProofVerifier(checkpoints);
        this.anchorers = Map.copyOf(anchorers);
        this.relayOutbox = relayOutbox;
    }

    @Override
    public ContentProof prove(String postId, long revision) {
        return metrics.record("verification.prove", () -> {
            relayOutbox.run();
            LogLeaf leaf = store.findLogLeaf(postId, revision, LogLeaf.Kind.REVISION).orElseThrow(() -> {
                if (store.revision(postId, revision).isEmpty()) {
                    return store.findById(postId).isPresent()
                            ? PostNotFoundException.forRevision(postId, revision)
                            : PostNotFoundException.forId(postId);
                }
                return new ProofUnavailableException("revision " + revision + " of post '" + postId
                        + "' is not in the revision log yet; its event is still in the outbox");
            });
            StoredCheckpoint checkpoint = store.checkpointCovering(leaf.index()).orElseThrow(() ->
                    new ProofUnavailableException("revision " + revision + " of post '" + postId + "' is leaf "
                            + leaf.index() + " but the latest checkpoint covers " + store.latestCheckpoint()
                            .map(StoredCheckpoint::treeSize).orElse(0L) + " leaves; the next checkpoint covers it, "
                            + "or cut one now with checkpoint()"));
            List<String> path = MerkleTree.inclusionProof(new StoreNodes(store), leaf.index(), checkpoint.treeSize())
                    .stream().map(LogVerification::base64).toList();
            return new ContentProof(postId, revision, leaf.index(), base64(leaf.hash()), path,
                    RevisionLog.toApi(checkpoint), checkpoint.anchors());
        });
    }

    @Override
    public VerificationResult verify(RevisionContent content, ContentProof proof) {
        return metrics.record("verification.verify", () -> {
            VerificationResult result = verifier.verify(content, proof);
            if (!result.valid()) {
                return result;
            }
            for (Anchor anchor : proof.anchors()) {
                Anchorer anchorer = anchorers.get(anchor.anchorer());
                if (anchorer != null) {
                    VerificationResult anchored = anchorer.check(proof.checkpoint(), anchor);
                    if (!anchored.valid()) {
                        return VerificationResult.failed(anchored.failure(), "anchor '" + anchor.anchorer() + "' at "
                                + anchor.reference() + ": " + anchored.detail());
                    }
                }
            }
            return result;
        });
    }

    @Override
    public Checkpoint checkpoint() {
        return metrics.record("verification.checkpoint", () -> {
            relayOutbox.run();
            return log.cut().map(RevisionLog::toApi).orElseThrow(
                    () -> new ProofUnavailableException("the revision log is empty: there is nothing to checkpoint"));
        });
    }

    @Override
    public ConsistencyProof consistency(String oldSignedCheckpoint) {
        return metrics.record("verification.consistency", () -> {
            CheckpointBody older;
            try {
                older = checkpoints.verify(oldSignedCheckpoint);
            } catch (CheckpointException e) {
                throw new IllegalArgumentException("the old checkpoint cannot be used: " + e.getMessage(), e);
            }
            StoredCheckpoint latest = store.latestCheckpoint().filter(c -> c.treeSize() >= older.treeSize())
                    .orElseThrow(() -> new IllegalArgumentException("the old checkpoint covers " + older.treeSize()
                            + " leaves, more than this log has checkpointed"));
            List<String> proof = MerkleTree.consistencyProof(new StoreNodes(store), older.treeSize(), latest.treeSize())
                    .stream().map(LogVerification::base64).toList();
            return new ConsistencyProof(older.treeSize(), RevisionLog.toApi(latest), proof);
        });
    }

    @Override
    public VerificationResult verifyConsistency(String oldSignedCheckpoint, ConsistencyProof proof) {
        return metrics.record("verification.verifyConsistency", () -> {
            return verifier.verifyConsistency(oldSignedCheckpoint, proof);
        });
    }

    @Override
    public AuditReport audit() {
        return metrics.record("verification.audit", () -> {
            relayOutbox.run();
            return new LogAudit(store, checkpoints, relayOutbox, clock.instant()).run();
        });
    }

    @Override
    public VerificationKey key() {
        return new VerificationKey(checkpoints.keyName(), checkpoints.verifierKey(),
                SigningKeys.publicKeyPem(checkpoints.publicKey()));
    }

    private static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
