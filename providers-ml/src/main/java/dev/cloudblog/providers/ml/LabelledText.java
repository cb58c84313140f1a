package dev.cloudblog.providers.ml;

import java.util.Objects;

/**
 * A text and the index of its label, as a classifier learns from it.
 *
 * @param text  the text
 * @param label the index of the text's label, 0 or more
 */
record LabelledText(String text, int label) {

    /**
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code label} is negative
     */
    LabelledText {
        Objects.requireNonNull(text, "text");
        if (label < 0) {
            throw new IllegalArgumentException("label must be 0 or more but is " + label);
        }
    }
}
