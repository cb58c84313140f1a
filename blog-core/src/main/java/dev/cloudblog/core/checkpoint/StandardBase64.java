package dev.cloudblog.core.checkpoint;

import java.util.Base64;
import java.util.Optional;

/**
 * The standard, padded base64 alphabet of RFC 4648 section 4, as signed notes and checkpoints use
 * it, decoded strictly: only the one canonical spelling of some bytes is accepted.
 */
final class StandardBase64 {

    private StandardBase64() {}

    /**
     * Decodes {@code text} when it is the canonical standard base64 of some bytes.
     *
     * <pre>{@code
     * StandardBase64.decode("AAE=");  // Optional[[0, 1]]
     * StandardBase64.decode("AAE");   // Optional.empty (padding missing)
     * StandardBase64.decode("AAF=");  // Optional.empty (non-zero trailing bits)
     * }</pre>
     */
    static Optional<byte[]> decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
    }

    /** Returns the standard, padded base64 of {@code bytes}. */
    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
