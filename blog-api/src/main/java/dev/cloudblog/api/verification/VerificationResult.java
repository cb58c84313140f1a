package dev.cloudblog.api.verification;

import java.util.Optional;

/**
 * The outcome of checking content against a proof.
 *
 * @param valid   whether the content is proven unaltered
 * @param failure why not, or {@code null} when valid
 */
public record VerificationResult(boolean valid, String failure) {

    public VerificationResult {
        if (valid == (failure != null)) {
            throw new IllegalArgumentException("a valid result has no failure and an invalid one has one");
        }
    }

    public static VerificationResult success() {
        return new VerificationResult(true, null);
    }

    public static VerificationResult failed(String reason) {
        return new VerificationResult(false, reason);
    }

    /** Why the check failed, if it did. */
    public Optional<String> failureReason() {
        return Optional.ofNullable(failure);
    }
}
