package dev.cloudblog.api.verification;

/**
 * Proofs that revisions were not altered and that history was only appended to. Every stored
 * revision (and every deletion) is a leaf of an append-only RFC 9162 Merkle log; the log's root is
 * signed in checkpoints, cut in batches, and anchored by every anchor provider.
 *
 * <pre>{@code
 * ContentProof proof = blog.verification().prove(post.id(), post.version());
 * VerificationResult result = blog.verification().verify(RevisionContent.of(revision), proof);
 * }</pre>
 *
 * Thread-safe.
 */
public interface Verification {

    /**
     * A proof that a revision is in the log, against the smallest checkpoint that covers it.
     *
     * @throws dev.cloudblog.api.PostNotFoundException     if there is no such revision
     * @throws dev.cloudblog.api.ProofUnavailableException if no checkpoint covers it yet
     */
    ContentProof prove(String postId, long revision);

    /** Checks content against a proof with this blog's key; the result names the exact reason on failure. */
    VerificationResult verify(RevisionContent content, ContentProof proof);

    /** Cuts a checkpoint now if leaves were added since the last one, and returns the latest checkpoint. */
    Checkpoint checkpoint();

    /**
     * A proof that the current log extends the one an older signed checkpoint describes.
     *
     * @throws IllegalArgumentException if the old checkpoint cannot be read or is larger than the log
     */
    ConsistencyProof consistency(String oldSignedCheckpoint);

    /** Checks a consistency proof against an old signed checkpoint with this blog's key. */
    VerificationResult verifyConsistency(String oldSignedCheckpoint, ConsistencyProof proof);

    /** Recomputes every leaf from the stored revisions and reports each mismatch. */
    AuditReport audit();

    /** The key that checkpoints are signed with. */
    VerificationKey key();
}
