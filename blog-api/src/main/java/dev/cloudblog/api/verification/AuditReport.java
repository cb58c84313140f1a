package dev.cloudblog.api.verification;

import java.util.List;

/**
 * What an audit found: each stored revision checked against its leaf in the log, and the log
 * checked against its latest signed checkpoint.
 *
 * @param leavesChecked    leaves recomputed
 * @param revisionsChecked stored revisions looked at
 * @param findings         every mismatch, in log order; empty when all is intact
 */
public record AuditReport(long leavesChecked, long revisionsChecked, List<Finding> findings) {

    public AuditReport {
        findings = List.copyOf(findings);
    }

    /** Whether the audit found nothing wrong. */
    public boolean intact() {
        return findings.isEmpty();
    }

    /**
     * One mismatch.
     *
     * @param kind      what is wrong
     * @param postId    the post concerned, or {@code null} for the log as a whole
     * @param revision  the revision concerned, or 0
     * @param leafIndex the leaf concerned, or -1
     * @param detail    a sentence saying what was expected and what was found
     */
    public record Finding(Kind kind, String postId, long revision, long leafIndex, String detail) {
    }

    /** Kinds of mismatch. */
    public enum Kind {
        /** A stored revision no longer hashes to its leaf. */
        CONTENT_CHANGED,
        /** A leaf names a revision the store no longer has, and the post was not deleted. */
        REVISION_MISSING,
        /** A stored revision has no leaf. */
        REVISION_NOT_LOGGED,
        /** The log's leaves or subtree hashes do not give the root its latest checkpoint signed. */
        LOG_ROOT_MISMATCH
    }
}
