package dev.cloudblog.core.post;

import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.spi.store.Keyset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Turns keyset positions into the opaque cursors of {@link dev.cloudblog.api.post.Page} and back.
 * A cursor is URL-safe base64 of {@code v1|SORT|epochSecond|nano|id}; it records its sort, so a
 * cursor from one listing cannot be used with another order.
 */
final class CursorCodec {

    private static final String VERSION = "v1";

    private CursorCodec() {
    }

    static String encode(Keyset position, PostSort sort) {
        String raw = String.join("|", VERSION, sort.name(), Long.toString(position.sortValue().getEpochSecond()),
                Integer.toString(position.sortValue().getNano()), position.id());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor names, or {@code null} for a null cursor (the first page).
     *
     * @throws InvalidQueryException if the cursor is malformed or belongs to another sort
     */
    static Keyset decode(String cursor, PostSort sort) {
        if (cursor == null) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 5);
        } catch (IllegalArgumentException e) {
            throw malformed(cursor);
        }
        if (parts.length != 5 || !parts[0].equals(VERSION) || parts[4].isEmpty()) {
            throw malformed(cursor);
        }
        if (!parts[1].equals(sort.name())) {
            throw new InvalidQueryException("cursor '" + cursor + "' continues a listing sorted by " + parts[1]
                    + ", not " + sort + "; start again without a cursor");
        }
        try {
            return new Keyset(Instant.ofEpochSecond(Long.parseLong(parts[2]), Integer.parseInt(parts[3])), parts[4]);
        } catch (RuntimeException e) {
            throw malformed(cursor);
        }
    }

    private static InvalidQueryException malformed(String cursor) {
        return new InvalidQueryException("cursor '" + cursor + "' is not one this blog issued; "
                + "pass the nextCursor of a previous page unchanged");
    }
}
