package dev.cloudblog.core.checkpoint;

import dev.cloudblog.core.checkpoint.CheckpointException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A <a href="https://c2sp.org/signed-note">C2SP signed note</a>, taken apart: its text (ending in
 * a newline), a blank line, and one or more signature lines
 * {@code — <key name> <base64(4-byte key hash || signature)>}. The syntax is checked as Go's
 * {@code golang.org/x/mod/sumdb/note.Open} checks it; no signature is verified here.
 *
 * <pre>{@code
 * SignedNote note = SignedNote.parse("hello\n\n— example.com/k AAAAAQ...==\n");
 * note.text();                                   // "hello\n"
 * note.signaturesBy("example.com/k", 1);         // [the signature bytes]
 * }</pre>
 */
final class SignedNote {

    /** The start of every signature line: an em dash (U+2014) and a space. */
    private static final String SIGNATURE_PREFIX = "\u2014 ";

    /** The most signature lines a note may have, as in Go. */
    private static final int MAX_SIGNATURES = 100;

    private record Line(String keyName, int keyHash, byte[] signature) {}

    private final String text;
    private final List<Line> lines;

    private SignedNote(String text, List<Line> lines) {
        this.text = text;
        this.lines = lines;
    }

    /**
     * Returns {@code text} signed by one key: the text, a blank line and one signature line.
     *
     * <pre>{@code
     * SignedNote.encode("hello\n", "example.com/k", 0xc74f20a3, signature);
     * // "hello\n\n— example.com/k x08go...AM=\n"
     * }</pre>
     *
     * @param text a note text: ending in a newline, with no other control character
     */
    static String encode(String text, String keyName, int keyHash, byte[] signature) {
        return text + "\n" + SIGNATURE_PREFIX + keyName + " "
                + StandardBase64.encode(ByteBuffer.allocate(Integer.BYTES + signature.length)
                        .putInt(keyHash)
                        .put(signature)
                        .array())
                + "\n";
    }

    /**
     * Takes a signed note apart, checking its syntax only.
     *
     * <pre>{@code
     * SignedNote.parse("hello\n\n— example.com/k AAAAAQ...==\n").text();   // "hello\n"
     * SignedNote.parse("hello\n");   // throws CheckpointException(MALFORMED): no blank line
     * }</pre>
     *
     * @throws CheckpointException with reason {@link Reason#MALFORMED} if {@code encoded} has a control
     *     character other than newline or an unpaired surrogate, has no blank line, has no signature
     *     line after its last blank line, does not end in a newline, or has a signature line that is
     *     not an em dash, a space, a valid key name, a space and the canonical base64 of more than
     *     four bytes, or has more than {@value #MAX_SIGNATURES} of them
     */
    static SignedNote parse(String encoded) {
        if (!isWellFormed(encoded)) {
            throw malformed("it contains a control character other than newline, or an unpaired surrogate");
        }
        int split = encoded.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("it has no blank line between its text and its signatures");
        }
        String block = encoded.substring(split + 2);
        if (block.isEmpty()) {
            throw malformed("it has no signature line after its last blank line");
        }
        if (!block.endsWith("\n")) {
            throw malformed("its last signature line does not end with a newline");
        }
        String[] signatureLines = block.split("\n");
        if (signatureLines.length > MAX_SIGNATURES) {
            throw malformed("it has " + signatureLines.length + " signature lines, more than " + MAX_SIGNATURES);
        }
        List<Line> lines = new ArrayList<>(signatureLines.length);
        for (int i = 0; i < signatureLines.length; i++) {
            lines.add(parseLine(signatureLines[i], i + 1));
        }
        return new SignedNote(encoded.substring(0, split + 1), List.copyOf(lines));
    }

    private static Line parseLine(String line, int number) {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw malformed("signature line " + number + " does not start with an em dash (U+2014) and a space");
        }
        String rest = line.substring(SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        String keyName = space < 0 ? rest : rest.substring(0, space);
        if (!isValidKeyName(keyName)) {
            throw malformed("signature line " + number + " has no valid key name");
        }
        byte[] bytes = StandardBase64.decode(space < 0 ? "" : rest.substring(space + 1))
                .filter(decoded -> decoded.length > Integer.BYTES)
                .orElseThrow(() -> malformed("the signature of signature line " + number
                        + " is not the standard base64 of a 4-byte key hash and a signature"));
        return new Line(
                keyName,
                ByteBuffer.wrap(bytes).getInt(),
                Arrays.copyOfRange(bytes, Integer.BYTES, bytes.length));
    }

    /** Returns the note text: everything before the last blank line, final newline included. */
    String text() {
        return text;
    }

    /** Returns the signatures, in note order, of the lines that name this key name and key hash. */
    List<byte[]> signaturesBy(String keyName, int keyHash) {
        return lines.stream()
                .filter(line -> line.keyName().equals(keyName) && line.keyHash() == keyHash)
                .map(Line::signature)
                .toList();
    }

    /** Returns the keys that signature lines name, as {@code name+hash}, separated by commas. */
    String signers() {
        return lines.stream()
                .map(line -> keyId(line.keyName(), line.keyHash()))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /**
     * Returns how notes and Go's error messages name a key: {@code <name>+<8 hex digits>}.
     *
     * <pre>{@code
     * SignedNote.keyId("PeterNeumann", 0xc74f20a3);   // "PeterNeumann+c74f20a3"
     * }</pre>
     */
    static String keyId(String keyName, int keyHash) {
        return keyName + "+" + "%08x".formatted(keyHash);
    }

    /**
     * Tells whether {@code keyName} may name a key: it must be non-empty and have no plus sign, no
     * space (Go's {@code unicode.IsSpace}), no control character and no unpaired surrogate.
     *
     * <pre>{@code
     * SignedNote.isValidKeyName("example.com/log");   // true
     * SignedNote.isValidKeyName("a b");               // false
     * SignedNote.isValidKeyName("a+b");               // false
     * }</pre>
     */
    static boolean isValidKeyName(String keyName) {
        return !keyName.isEmpty()
                && keyName.codePoints().noneMatch(c -> c == '+' || c < 0x20 || c == 0x85
                        || Character.isSpaceChar(c) || isUnpairedSurrogate(c));
    }

    /**
     * Tells whether {@code text} may appear in a note: it has no control character other than
     * newline and no unpaired surrogate, so it is valid UTF-8 once encoded.
     *
     * <pre>{@code
     * SignedNote.isWellFormed("a\nb\n");   // true
     * SignedNote.isWellFormed("a\r\n");    // false
     * }</pre>
     */
    static boolean isWellFormed(String text) {
        return text.codePoints().noneMatch(c -> (c < 0x20 && c != '\n') || isUnpairedSurrogate(c));
    }

    /** {@link String#codePoints()} yields a surrogate code unit as a code point only when unpaired. */
    private static boolean isUnpairedSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    private static CheckpointException malformed(String problem) {
        return new CheckpointException(Reason.MALFORMED, "not a signed note: " + problem);
    }
}
