package dev.cloudblog.core;

import dev.cloudblog.api.CapabilityUnavailableException;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.Verification;
import dev.cloudblog.api.verification.VerificationResult;

/** Verification where this build keeps no revision log: every call says so. */
final class UnavailableVerification implements Verification {

    @Override
    public ContentProof prove(String postId, long revision) {
        throw unavailable();
    }

    @Override
    public VerificationResult verify(Revision content, ContentProof proof) {
        throw unavailable();
    }

    private static CapabilityUnavailableException unavailable() {
        return new CapabilityUnavailableException("verification",
                "this build of blog-core keeps no revision log, so it has no proofs to give");
    }
}
