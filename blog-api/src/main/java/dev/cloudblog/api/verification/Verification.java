package dev.cloudblog.api.verification;

import dev.cloudblog.api.post.Revision;

/**
 * Proofs that a revision of a post is in the blog's append-only log and was not altered since.
 */
public interface Verification {

    /**
     * A proof that a revision is in the log.
     *
     * @throws dev.cloudblog.api.PostNotFoundException if there is no such revision
     */
    ContentProof prove(String postId, long revision);

    /** Checks content against a proof; the result names the exact reason when it fails. */
    VerificationResult verify(Revision content, ContentProof proof);
}
