package dev.cloudblog.core.analysis.readability;

import static dev.cloudblog.core.analysis.readability.Texts.lowerWords;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Finding transition words")
class TransitionWordsTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("finds transition words and phrases anywhere in a sentence")
    @ValueSource(strings = {
            "However, it works.",
            "It works, therefore we ship it.",
            "For example, cats nap.",
            "In addition, dogs bark.",
            "As a result, the build failed.",
            "On the other hand, it is cheap.",
            "First, open the box.",
            "Finally, close it.",
            "We stayed because it rained.",
            "Although it rained, we went out.",
            "It is cheap; in other words, it is a bargain."})
    void found(String sentence) {
        assertThat(TransitionWords.appearIn(lowerWords(sentence))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("finds none in plain sentences or in a phrase cut short")
    @ValueSource(strings = {
            "The cat sat on the mat.",
            "Cats nap in the sun.",
            "On the other side, a dog barked.",
            "This is an example.",
            "In the garden, roses grow."})
    void notFound(String sentence) {
        assertThat(TransitionWords.appearIn(lowerWords(sentence))).isFalse();
    }
}
