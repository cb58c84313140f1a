package dev.cloudblog.providers.ml;

import java.util.Objects;

/**
 * A tag the {@link TagModel} proposes for a text.
 *
 * @param tag         the tag
 * @param probability the model's estimate that the tag applies, in [0, 1]
 */
record TagSuggestion(String tag, double probability) {

    /** @throws IllegalArgumentException if the probability is outside [0, 1] */
    TagSuggestion {
        Objects.requireNonNull(tag, "tag");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of tag " + tag + " must be in [0, 1], got " + probability);
        }
    }
}
