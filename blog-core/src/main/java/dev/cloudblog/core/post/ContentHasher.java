package dev.cloudblog.core.post;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The content hash of a post: {@code sha256:} and the lower-case hex SHA-256 over the title, the
 * Markdown body and each tag, each as its UTF-8 length in four big-endian bytes followed by its
 * UTF-8 bytes. The length prefixes make the encoding unambiguous.
 */
final class ContentHasher {

    private ContentHasher() {
    }

    static String hash(String title, String body, List<String> tags) {
        MessageDigest digest = sha256();
        update(digest, title);
        update(digest, body);
        tags.forEach(tag -> update(digest, tag));
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
