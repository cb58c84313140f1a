package dev.cloudblog.api.post;

import java.util.List;

/**
 * What changed between two revisions of a post: the fields whose values differ, and a line diff
 * of the Markdown body.
 *
 * @param postId       the post
 * @param fromRevision the revision the diff reads from
 * @param toRevision   the revision the diff reads to
 * @param fieldChanges the changed fields other than the body, in a fixed field order
 * @param bodyLines    every body line, marked as kept, removed or added, in document order
 */
public record RevisionDiff(
        String postId, long fromRevision, long toRevision, List<FieldChange> fieldChanges, List<DiffLine> bodyLines) {

    public RevisionDiff {
        fieldChanges = List.copyOf(fieldChanges);
        bodyLines = List.copyOf(bodyLines);
    }

    /** Number of body lines added. */
    public long linesAdded() {
        return bodyLines.stream().filter(line -> line.kind() == DiffLine.Kind.ADDED).count();
    }

    /** Number of body lines removed. */
    public long linesRemoved() {
        return bodyLines.stream().filter(line -> line.kind() == DiffLine.Kind.REMOVED).count();
    }

    /** Whether the two revisions hold the same content. */
    public boolean isEmpty() {
        return fieldChanges.isEmpty() && linesAdded() == 0 && linesRemoved() == 0;
    }

    /** A field whose value differs between the two revisions. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * One body line.
     *
     * @param kind    kept, removed or added
     * @param text    the line, without its line terminator
     * @param oldLine its 1-based number in the older body, or 0 if added
     * @param newLine its 1-based number in the newer body, or 0 if removed
     */
    public record DiffLine(Kind kind, String text, int oldLine, int newLine) {

        /** How a line differs. */
        public enum Kind {
            KEPT,
            REMOVED,
            ADDED
        }

        @Override
        public String toString() {
            return switch (kind) {
                case KEPT -> "  " + text;
                case REMOVED -> "- " + text;
                case ADDED -> "+ " + text;
            };
        }
    }
}
