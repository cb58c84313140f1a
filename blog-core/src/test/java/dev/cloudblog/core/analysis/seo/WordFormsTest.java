package dev.cloudblog.core.analysis.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WordForms")
class WordFormsTest {

    @DisplayName("gives regular forms of a word one stem")
    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "bike, bikes", "bike, biking", "bike, biked", "bike, Bike's", "bike, BIKES",
            "shop, shops", "shop, shopping", "shop, shopped",
            "run, running", "cook, cooked", "cook, cookings",
            "box, boxes", "dish, dishes", "church, churches", "class, classes",
            "story, stories", "try, tried", "building, buildings", "string, strings"})
    void agrees(String word, String form) {
        assertThat(WordForms.stem(form)).isEqualTo(WordForms.stem(word));
    }

    @DisplayName("tells different words apart")
    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"bike, bake", "shop, ship", "class, clash", "status, state", "ride, rider"})
    void differs(String word, String other) {
        assertThat(WordForms.stem(other)).isNotEqualTo(WordForms.stem(word));
    }

    @Test
    @DisplayName("leaves words ending in -ss, -us and -is, and short words, as they are")
    void keepsShortAndSibilantEndings() {
        assertThat(WordForms.stem("status")).isEqualTo("status");
        assertThat(WordForms.stem("analysis")).isEqualTo("analysis");
        assertThat(WordForms.stem("bus")).isEqualTo("bus");
        assertThat(WordForms.stem("egg")).isEqualTo("egg");
        assertThat(WordForms.stem("bring")).isEqualTo("bring");
        assertThat(WordForms.stem("seed")).isEqualTo("seed");
    }

    @Test
    @DisplayName("lower-cases words and straightens typographic apostrophes")
    void normalizes() {
        assertThat(WordForms.normalized("Don’t")).isEqualTo("don't");
        assertThat(WordForms.stem("Bike’s")).isEqualTo(WordForms.stem("bike"));
    }
}
