package dev.cloudblog.core.checkpoint;

import dev.cloudblog.core.checkpoint.CheckpointException.Reason;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text of a <a href="https://c2sp.org/tlog-checkpoint">C2SP checkpoint</a>: the origin of a
 * transparency log, its tree size and the root hash of its Merkle tree at that size, as three
 * lines that each end in a newline.
 *
 * <pre>{@code
 * CheckpointBody body = new CheckpointBody("example.com/blog", 42, rootHash);
 * body.text();   // "example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n"
 * CheckpointBody.parse(body.text()).equals(body);   // true
 * }</pre>
 *
 * <p>The root hash is compared by content in {@link #equals}, and copied in and out.
 *
 * @param origin the log's identity, such as {@code example.com/blog}: non-empty, with no control
 *     character (newline included)
 * @param treeSize the number of leaves in the tree, zero or more
 * @param rootHash the root hash of the tree at that size, not empty
 */
public record CheckpointBody(String origin, long treeSize, byte[] rootHash) {

    private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9][0-9]*");

    /**
     * Checks and copies the parts of a checkpoint.
     *
     * @throws IllegalArgumentException if {@code origin} is empty, has a control character or an
     *     unpaired surrogate, if {@code treeSize} is negative, or if {@code rootHash} is empty
     */
    public CheckpointBody {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rootHash, "rootHash");
        if (origin.isEmpty() || origin.indexOf('\n') >= 0 || !SignedNote.isWellFormed(origin)) {
            throw new IllegalArgumentException(
                    "origin must be non-empty, with no newline or other control character: \"" + origin + "\"");
        }
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative: " + treeSize);
        }
        if (rootHash.length == 0) {
            throw new IllegalArgumentException("rootHash must not be empty");
        }
        rootHash = rootHash.clone();
    }

    /** Returns a copy of the root hash. */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /**
     * Returns the checkpoint as note text: the origin, the tree size in decimal and the standard
     * base64 of the root hash, each on its own line ending in a newline.
     *
     * <pre>{@code
     * new CheckpointBody("example.com/blog", 0, new byte[32]).text();
     * // "example.com/blog\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
     * }</pre>
     */
    public String text() {
        return origin + "\n" + treeSize + "\n" + StandardBase64.encode(rootHash) + "\n";
    }

    /**
     * Reads the checkpoint in a note text. Extension lines after the root hash are allowed, as
     * the format allows them, but they must be non-empty, and they are not kept.
     *
     * <pre>{@code
     * CheckpointBody.parse("example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n").treeSize();   // 42
     * CheckpointBody.parse("example.com/blog\n042\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n");
     * // throws CheckpointException(MALFORMED): leading zero
     * }</pre>
     *
     * @throws CheckpointException with reason {@link Reason#MALFORMED} if {@code noteText} does not
     *     end in a newline, has a control character other than newline or an unpaired surrogate,
     *     has fewer than three lines, an empty origin, a tree size that is not a decimal number
     *     without leading zeros that fits a {@code long}, a root hash that is not the non-empty,
     *     canonical, padded standard base64 of some bytes, or an empty extension line
     */
    public static CheckpointBody parse(String noteText) {
        Objects.requireNonNull(noteText, "noteText");
        if (!noteText.endsWith("\n")) {
            throw malformed("it does not end with a newline");
        }
        if (!SignedNote.isWellFormed(noteText)) {
            throw malformed("it contains a control character other than newline, or an unpaired surrogate");
        }
        String[] lines = noteText.substring(0, noteText.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw malformed("it has " + lines.length + " line(s), not an origin, a tree size and a root hash");
        }
        if (lines[0].isEmpty()) {
            throw malformed("its origin (line 1) is empty");
        }
        long treeSize = parseTreeSize(lines[1]);
        byte[] rootHash = StandardBase64.decode(lines[2])
                .filter(decoded -> decoded.length > 0)
                .orElseThrow(() -> malformed("its root hash (line 3) \"" + lines[2]
                        + "\" is not the padded standard base64 of a hash"));
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw malformed("its extension line " + (i + 1) + " is empty");
            }
        }
        return new CheckpointBody(lines[0], treeSize, rootHash);
    }

    private static long parseTreeSize(String line) {
        if (!TREE_SIZE.matcher(line).matches()) {
            throw malformed("its tree size (line 2) \"" + line + "\" is not a decimal number without leading zeros");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException tooLarge) {
            throw malformed("its tree size (line 2) " + line + " is larger than " + Long.MAX_VALUE);
        }
    }

    private static CheckpointException malformed(String problem) {
        return new CheckpointException(Reason.MALFORMED, "not a checkpoint: " + problem);
    }

    /** Tells whether {@code other} is a checkpoint with the same origin, tree size and root hash bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CheckpointBody that
                && origin.equals(that.origin)
                && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash));
    }

    /** Returns the checkpoint's parts, the root hash in base64, for logs and messages. */
    @Override
    public String toString() {
        return "CheckpointBody[origin=" + origin + ", treeSize=" + treeSize
                + ", rootHash=" + StandardBase64.encode(rootHash) + "]";
    }
}
