package dev.cloudblog.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The language guess")
class LanguageGuessTest {

    @Test
    @DisplayName("reads ordinary English prose as English")
    void english() {
        LanguageGuess guess = LanguageGuess.of("It was the best of times, it was the worst of times, it was the age of "
                + "wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.");

        assertThat(guess.english()).isTrue();
        assertThat(guess.tag()).isEqualTo("en");
        assertThat(guess.functionWordShare()).isGreaterThan(0.3);
    }

    @Test
    @DisplayName("reads German and French prose as not English")
    void otherLatinLanguages() {
        assertThat(LanguageGuess.of("Der schnelle braune Fuchs springt über den faulen Hund, während die Katze im "
                + "Garten unter dem alten Baum schläft und die Kinder in der Schule lesen lernen.").tag())
                .isEqualTo("und");
        assertThat(LanguageGuess.of("Le renard brun rapide saute par-dessus le chien paresseux pendant que le chat "
                + "dort dans le jardin sous le vieil arbre et que les enfants apprennent à lire.").english())
                .isFalse();
    }

    @Test
    @DisplayName("reads text in another script as not English, however short")
    void otherScripts() {
        LanguageGuess guess = LanguageGuess.of("速い茶色の狐がのろまな犬を飛び越える。");

        assertThat(guess.english()).isFalse();
        assertThat(guess.latinShare()).isZero();
    }

    @Test
    @DisplayName("needs one English function word in a short text, and gives very short ones the benefit of the doubt")
    void shortTexts() {
        assertThat(LanguageGuess.of("Der Hund schläft im Garten unter dem Baum.").english()).isFalse();
        assertThat(LanguageGuess.of("The dog sleeps in the garden.").english()).isTrue();
        assertThat(LanguageGuess.of("Guten Tag").english()).isTrue();
        assertThat(LanguageGuess.of("").english()).isTrue();
        assertThat(LanguageGuess.of("🎉🔥").english()).isTrue();
    }
}
