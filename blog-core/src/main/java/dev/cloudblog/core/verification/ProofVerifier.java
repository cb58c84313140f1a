package dev.cloudblog.core.verification;

import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.ConsistencyProof;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import dev.cloudblog.core.checkpoint.CheckpointBody;
import dev.cloudblog.core.checkpoint.CheckpointException;
import dev.cloudblog.core.checkpoint.CheckpointVerifier;
import dev.cloudblog.core.checkpoint.SigningKeys;
import dev.cloudblog.core.merkle.InvalidProofException;
import dev.cloudblog.core.merkle.MerkleVerifier;
import dev.cloudblog.core.merkle.TreeHasher;
import java.util.Base64;
import java.util.List;

/**
 * Checks proofs offline: it needs the proof, the content and the blog's public key, nothing else
 * (no blog, no store, no network).
 *
 * <pre>{@code
 * ProofVerifier verifier = ProofVerifier.forKey("cloudblog+1a2b3c4d+AXk...");
 * VerificationResult result = verifier.verify(content, Files.readString(Path.of("proof.json")));
 * }</pre>
 *
 * A content proof passes when the content's canonical bytes hash to the proof's leaf, the
 * checkpoint is signed by the key, covers the leaf, and the inclusion path leads from the leaf to
 * the checkpoint's root. Anchors are not checked here: that needs their networks. Thread-safe.
 */
public final class ProofVerifier {

    private final CheckpointVerifier checkpoints;

    public ProofVerifier(CheckpointVerifier checkpoints) {
        this.checkpoints = checkpoints;
    }

    /**
     * A verifier for the key in signed-note verifier form ({@code <name>+<hash>+<base64 key>}).
     *
     * @throws dev.cloudblog.core.checkpoint.CheckpointException if the key string is malformed
     */
    public static ProofVerifier forKey(String verifierKey) {
        return new ProofVerifier(CheckpointVerifier.fromVerifierKey(verifierKey));
    }

    /**
     * A verifier for the Ed25519 public key in PEM form that signs the checkpoints of the log whose
     * signature lines carry {@code keyName} (the blog's {@code blog.verification.origin}).
     *
     * @throws IllegalArgumentException if the PEM holds no Ed25519 public key or the name is not a key name
     */
    public static ProofVerifier forPublicKey(String keyName, String publicKeyPem) {
        return new ProofVerifier(new CheckpointVerifier(keyName, SigningKeys.publicKeyFromPem(publicKeyPem)));
    }

    /** Checks content against a proof in its JSON form. */
    public VerificationResult verify(RevisionContent content, String proofJson) {
        ContentProof proof;
        try {
            proof = ProofJson.read(proofJson);
        } catch (IllegalArgumentException e) {
            return VerificationResult.failed(Failure.MALFORMED, e.getMessage());
        }
        return verify(content, proof);
    }

    /** Checks content against a proof. */
    public VerificationResult verify(RevisionContent content, ContentProof proof) {
        if (!content.postId().equals(proof.postId()) || content.revision() != proof.revision()) {
            return VerificationResult.failed(Failure.CONTENT_CHANGED, "the content is revision " + content.revision()
                    + " of post " + content.postId() + " but the proof is for revision " + proof.revision()
                    + " of post " + proof.postId());
        }
        String leafHash = Base64.getEncoder().encodeToString(TreeHasher.leafHash(CanonicalRevision.bytes(content)));
        if (!leafHash.equals(proof.leafHash())) {
            return VerificationResult.failed(Failure.CONTENT_CHANGED, "the content hashes to leaf " + leafHash
                    + " but the proof is for leaf " + proof.leafHash() + ": the content was altered");
        }
        CheckpointBody checkpoint;
        try {
            checkpoint = checkpoints.verify(proof.checkpoint().signedNote());
        } catch (CheckpointException e) {
            return signatureFailure(e);
        }
        VerificationResult unsigned = unsignedFieldsDiffer(proof.checkpoint(), checkpoint);
        if (unsigned != null) {
            return unsigned;
        }
        if (checkpoint.treeSize() <= proof.leafIndex()) {
            return VerificationResult.failed(Failure.CHECKPOINT_TOO_OLD, "the checkpoint covers "
                    + checkpoint.treeSize() + " leaves but the proof needs leaf " + proof.leafIndex());
        }
        try {
            MerkleVerifier.verifyInclusion(proof.leafIndex(), checkpoint.treeSize(), decode(proof.leafHash()),
                    decodeAll(proof.inclusionPath()), checkpoint.rootHash());
        } catch (InvalidProofException | IllegalArgumentException e) {
            return VerificationResult.failed(Failure.PROOF_MISMATCH, "the inclusion path does not lead to the "
                    + "checkpoint's root: " + e.getMessage());
        }
        return VerificationResult.success();
    }

    /** Checks that the log at the proof's new checkpoint extends the log an old signed checkpoint describes. */
    public VerificationResult verifyConsistency(String oldSignedCheckpoint, ConsistencyProof proof) {
        CheckpointBody older;
        CheckpointBody newer;
        try {
            older = checkpoints.verify(oldSignedCheckpoint);
            newer = checkpoints.verify(proof.newCheckpoint().signedNote());
        } catch (CheckpointException e) {
            return signatureFailure(e);
        }
        VerificationResult unsigned = unsignedFieldsDiffer(proof.newCheckpoint(), newer);
        if (unsigned != null) {
            return unsigned;
        }
        if (older.treeSize() != proof.oldTreeSize()) {
            return VerificationResult.failed(Failure.MALFORMED, "the proof starts from " + proof.oldTreeSize()
                    + " leaves but the old checkpoint has " + older.treeSize());
        }
        try {
            MerkleVerifier.verifyConsistency(older.treeSize(), newer.treeSize(), older.rootHash(), newer.rootHash(),
                    decodeAll(proof.proof()));
        } catch (InvalidProofException | IllegalArgumentException e) {
            return VerificationResult.failed(Failure.PROOF_MISMATCH, "the log of " + newer.treeSize()
                    + " leaves does not extend the old one of " + older.treeSize() + ": " + e.getMessage());
        }
        return VerificationResult.success();
    }

    /** A failure when the copies of origin, size and root beside the signed note say something else. */
    private static VerificationResult unsignedFieldsDiffer(Checkpoint claimed, CheckpointBody signed) {
        if (!claimed.origin().equals(signed.origin()) || claimed.treeSize() != signed.treeSize()
                || !claimed.rootHash().equals(Base64.getEncoder().encodeToString(signed.rootHash()))) {
            return VerificationResult.failed(Failure.MALFORMED, "the checkpoint's origin, size or root ("
                    + claimed.origin() + ", " + claimed.treeSize() + ", " + claimed.rootHash()
                    + ") differ from what its signed note says");
        }
        return null;
    }

    private static VerificationResult signatureFailure(CheckpointException e) {
        Failure failure = switch (e.reason()) {
            case BAD_SIGNATURE -> Failure.BAD_SIGNATURE;
            case UNKNOWN_KEY -> Failure.UNKNOWN_KEY;
            case MALFORMED -> Failure.MALFORMED;
        };
        return VerificationResult.failed(failure, "checkpoint: " + e.getMessage());
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static List<byte[]> decodeAll(List<String> hashes) {
        return hashes.stream().map(ProofVerifier::decode).toList();
    }
}
