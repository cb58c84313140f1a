package dev.cloudblog.api.analysis;

import java.util.Objects;

/**
 * One check of an analysis, scored as Yoast scores its checks: usually 0 to 9, where up to 4 is
 * bad, 5 to 7 is fine and above 7 is good; a few SEO checks go below 0 to weigh heavier.
 *
 * @param id      a stable identifier, such as {@code readability.sentence-length}
 * @param score   the score
 * @param message what was found and, unless it is good, what to change
 */
public record Check(String id, int score, String message) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }

    /** How the score rates. */
    public Rating rating() {
        return score <= 4 ? Rating.BAD : score <= 7 ? Rating.OK : Rating.GOOD;
    }

    /** How a check's score rates. */
    public enum Rating {
        /** Score 4 or less: needs work. */
        BAD,
        /** Score 5 to 7. */
        OK,
        /** Score 8 or more. */
        GOOD
    }
}
