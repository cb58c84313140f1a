package dev.cloudblog.api.verification;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking content or history against a proof.
 *
 * @param failure why the check failed, or {@code null} when it passed
 * @param detail  a sentence saying what exactly did not match, or {@code null} when it passed
 */
public record VerificationResult(Failure failure, String detail) {

    /** Why a check failed. */
    public enum Failure {
        /** The content's leaf hash is not the one the proof was made for: the content was altered. */
        CONTENT_CHANGED,
        /** The inclusion or consistency proof does not lead to the checkpoint's root. */
        PROOF_MISMATCH,
        /** The checkpoint's signature does not verify with the key. */
        BAD_SIGNATURE,
        /** The checkpoint carries no signature by the key it was checked with. */
        UNKNOWN_KEY,
        /** The checkpoint covers fewer leaves than the proof needs. */
        CHECKPOINT_TOO_OLD,
        /** The proof or checkpoint could not be read. */
        MALFORMED,
        /** An anchor does not record the checkpoint. */
        ANCHOR_MISMATCH,
        /**
         * The record an anchor's receipt points to is not there: the checkpoint was never anchored
         * there, or the record was dropped, as a transaction is when its chain is reorganised.
         */
        ANCHOR_MISSING,
        /** The record is there but not yet final: fewer confirmations than required have followed it. */
        ANCHOR_UNCONFIRMED,
        /** The anchor was checked against another network than the one its receipt names. */
        ANCHOR_WRONG_NETWORK,
        /** The network that holds the anchor could not be asked; the check may pass later. */
        ANCHOR_UNREACHABLE
    }

    public VerificationResult {
        if ((failure == null) != (detail == null)) {
            throw new IllegalArgumentException("a failure needs a detail, and a success has neither");
        }
    }

    /** The result of a check that passed. */
    public static VerificationResult success() {
        return new VerificationResult(null, null);
    }

    /** The result of a check that failed. */
    public static VerificationResult failed(Failure failure, String detail) {
        return new VerificationResult(Objects.requireNonNull(failure, "failure"), Objects.requireNonNull(detail, "detail"));
    }

    /** Whether the check passed. */
    public boolean valid() {
        return failure == null;
    }

    /** Why the check failed, if it did. */
    public Optional<Failure> failureReason() {
        return Optional.ofNullable(failure);
    }
}
