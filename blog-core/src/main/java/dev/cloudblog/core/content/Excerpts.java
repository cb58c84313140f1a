package dev.cloudblog.core.content;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Summaries of a post's plain text: a short excerpt and an estimated reading time.
 *
 * <pre>{@code
 * Excerpts.excerpt("The quick brown fox", 12);   // "The quick…"
 * Excerpts.readingTime(600);                     // PT3M
 * }</pre>
 */
public final class Excerpts {

    /** The ellipsis that marks a shortened excerpt. */
    public static final String ELLIPSIS = "…";

    /** Words a reader reads in a minute, on average. */
    static final int WORDS_PER_MINUTE = 265;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Excerpts() {}

    /**
     * Returns {@code plainText} with every run of whitespace (no-break spaces included) collapsed
     * to one space and none at either end, shortened to at most {@code maxChars} characters
     * ({@code char}s). A text that fits is returned whole; a longer one is cut after the last whole
     * word that fits together with a trailing {@value #ELLIPSIS}, which counts toward
     * {@code maxChars}. Only when the first word alone does not fit is it cut inside (never
     * between the two halves of a surrogate pair).
     *
     * <pre>{@code
     * Excerpts.excerpt("  Hello,\n  world  ", 20);   // "Hello, world"
     * Excerpts.excerpt("Hello, world", 10);          // "Hello,…"
     * Excerpts.excerpt("Incomprehensibilities", 8);  // "Incompr…"
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code maxChars < 2}, which leaves no room for any text
     *     besides the ellipsis
     */
    public static String excerpt(String plainText, int maxChars) {
        Objects.requireNonNull(plainText, "plainText");
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2 but was " + maxChars);
        }
        String text = WHITESPACE.matcher(plainText).replaceAll(" ").strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', room);
        int end = space > 0 ? space : room;
        if (space <= 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /**
     * Returns the time an average reader ({@value #WORDS_PER_MINUTE} words a minute) takes to read
     * {@code wordCount} words, in whole minutes rounded up, and at least one minute.
     *
     * <pre>{@code
     * Excerpts.readingTime(0);     // PT1M
     * Excerpts.readingTime(265);   // PT1M
     * Excerpts.readingTime(266);   // PT2M
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code wordCount} is negative
     */
    public static Duration readingTime(int wordCount) {
        if (wordCount < 0) {
            throw new IllegalArgumentException("wordCount must not be negative but was " + wordCount);
        }
        long minutes = ((long) wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        return Duration.ofMinutes(Math.max(1, minutes));
    }
}
