package dev.cloudblog.core.analysis.readability;

import static dev.cloudblog.core.analysis.readability.Texts.lowerWords;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Telling the passive voice")
class PassiveVoiceTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("finds passive sentences")
    @ValueSource(strings = {
            "The letter was written by John.",
            "The cake is being baked.",
            "The house was built in 1920.",
            "The report will be finished tomorrow.",
            "Mistakes were made.",
            "The email was not sent.",
            "The books were quickly sold.",
            "He got fired last week.",
            "The results have been published.",
            "The window wasn't opened.",
            "These files are automatically deleted after a day.",
            "The song was sung beautifully.",
            "It is generally agreed that the plan works.",
            "The posts are also shown on the front page.",
            "The room is crowded."})
    void passive(String sentence) {
        assertThat(PassiveVoice.isPassive(lowerWords(sentence))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("leaves active sentences alone")
    @ValueSource(strings = {
            "John wrote the letter.",
            "She is running.",
            "He is a teacher.",
            "They are in the garden.",
            "It was raining all day.",
            "We have finished the work.",
            "She is tired.",
            "I am interested in history.",
            "They got married in June.",
            "You are supposed to wait.",
            "The need is great.",
            "He is gone.",
            "The speed was impressive.",
            "She was very red in the face.",
            "The problem is that nobody tested the code.",
            "He is likely to win.",
            "The letter that John wrote was long."})
    void active(String sentence) {
        assertThat(PassiveVoice.isPassive(lowerWords(sentence))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("misses passives without a form of be or get, as documented")
    @ValueSource(strings = {
            "The letter written by John arrived.",
            "She had the car washed.",
            "The flight was, as expected, delayed."})
    void knownMisses(String sentence) {
        assertThat(PassiveVoice.isPassive(lowerWords(sentence))).isFalse();
    }
}
