package dev.cloudblog.examples.verifier;

import java.util.Objects;

/**
 * The conclusion of a verification, printed as the last line.
 *
 * @param verified whether every check made passed
 * @param note     for a verification that passed, what it left out (empty when nothing); for one
 *                 that failed, the reason
 */
record Verdict(boolean verified, String note) {

    Verdict {
        Objects.requireNonNull(note, "note");
        if (!verified && note.isEmpty()) {
            throw new IllegalArgumentException("a failed verification needs a reason");
        }
    }

    /** Every check passed, and nothing was left out. */
    static Verdict passed() {
        return new Verdict(true, "");
    }

    /** Every check made passed, but {@code omission} was not checked. */
    static Verdict passedWithout(String omission) {
        return new Verdict(true, omission);
    }

    /** A check failed for {@code reason}. */
    static Verdict failed(String reason) {
        return new Verdict(false, reason);
    }

    /** {@code VERIFIED}, {@code VERIFIED (<note>)} or {@code NOT VERIFIED: <reason>}. */
    String line() {
        if (!verified) {
            return "NOT VERIFIED: " + note;
        }
        return note.isEmpty() ? "VERIFIED" : "VERIFIED (" + note + ")";
    }

    /** The exit status: 0 when verified, 1 when not. */
    int exitStatus() {
        return verified ? 0 : 1;
    }
}
