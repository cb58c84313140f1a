package dev.cloudblog.core.analysis.seo;

/**
 * A count with its noun, for check messages.
 *
 * <pre>{@code
 * Quantity.of(1, "word");   // "1 word"
 * Quantity.of(3, "word");   // "3 words"
 * }</pre>
 */
final class Quantity {

    private Quantity() {
    }

    /** The count followed by the noun, with an {@code s} added unless the count is 1. */
    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
