package dev.cloudblog.providers.lucene;

import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.search.SearchQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of hits starts. Handed out as an opaque string: the URL-safe Base64 of
 * {@code v1:} and the offset of the page's first hit. Pages reach at most
 * {@link SearchQuery#MAX_DEPTH} hits deep, so a cursor is only handed out for a page that ends
 * within that depth.
 *
 * @param offset how many hits come before the page, from 0
 */
record SearchCursor(int offset) {

    /** The first page. */
    static final SearchCursor FIRST = new SearchCursor(0);

    private static final String VERSION = "v1:";
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(VERSION) + "(\\d{1,9})");

    SearchCursor {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative but was " + offset);
        }
    }

    /**
     * The cursor a query continues from: {@link #FIRST} for {@code null}.
     *
     * @throws InvalidQueryException if the cursor was not handed out by this provider, or its page
     *         of {@code limit} hits would end deeper than {@link SearchQuery#MAX_DEPTH}
     */
    static SearchCursor read(String cursor, int limit) {
        if (cursor == null) {
            return FIRST;
        }
        Matcher matcher = FORMAT.matcher(decode(cursor));
        if (!matcher.matches()) {
            throw new InvalidQueryException("the cursor '" + cursor + "' is not one this search handed out; "
                    + "start again without a cursor");
        }
        int offset = Integer.parseInt(matcher.group(1));
        if (offset + limit > SearchQuery.MAX_DEPTH) {
            throw new InvalidQueryException("the cursor '" + cursor + "' asks for hits " + (offset + 1) + " to "
                    + (offset + limit) + ", but pages reach at most " + SearchQuery.MAX_DEPTH
                    + " hits deep; narrow the query instead");
        }
        return new SearchCursor(offset);
    }

    /**
     * The encoded cursor of the page after this one, or {@code null} when this page of
     * {@code limit} hits is the last of {@code total} or the next would end too deep.
     */
    String next(int limit, long total) {
        int next = offset + limit;
        if (next >= total || next + limit > SearchQuery.MAX_DEPTH) {
            return null;
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + next).getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
