package dev.cloudblog.core.analysis.seo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.core.analysis.text.Sentences;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keyphrase")
class KeyphraseTest {

    private static Keyphrase parse(String text) {
        return Keyphrase.parse(text).orElseThrow();
    }

    @Test
    @DisplayName("ignores function words, unless it has no other words")
    void ignoresFunctionWords() {
        assertThat(parse("How to fix a bike in the city").contentWords()).containsExactly("fix", "bike", "city");
        assertThat(parse("how to").contentWords()).containsExactly("how", "to");
    }

    @Test
    @DisplayName("is absent when the text has no words")
    void needsWords() {
        assertThat(Keyphrase.parse("")).isEmpty();
        assertThat(Keyphrase.parse("😀 🚲 !!!")).isEmpty();
    }

    @Test
    @DisplayName("matches its content words in any case, order and regular form")
    void matchesVariants() {
        Keyphrase bikeShop = parse("the bike shop");

        assertThat(bikeShop.isIn("BIKE SHOP")).isTrue();
        assertThat(bikeShop.isIn("Shops that sell bikes")).isTrue();
        assertThat(bikeShop.isIn("We went shopping for a biking helmet")).isTrue();
        assertThat(bikeShop.isIn("A bike of our own")).isFalse();
        assertThat(bikeShop.isIn("")).isFalse();
    }

    @Test
    @DisplayName("needs none of its function words in the text")
    void functionWordsNotRequired() {
        assertThat(parse("how to fix a bike").isIn("Fixing bikes, step by step")).isTrue();
    }

    @Test
    @DisplayName("counts a piece as often as its rarest content word occurs there")
    void countsByRarestWord() {
        Keyphrase bikeShop = parse("bike shop");

        assertThat(bikeShop.count("Bike, bike, bike shop.")).isEqualTo(1);
        assertThat(bikeShop.count("Shops sell gear. Bike shop!")).isEqualTo(1);
        assertThat(bikeShop.count("Shops sell bikes. Bike shop!")).isEqualTo(2);
        assertThat(parse("bike").count("Bike, bikes and biking.")).isEqualTo(3);
    }

    @Test
    @DisplayName("counts occurrences only where the content words meet in one sentence")
    void occurrencesPerSentence() {
        Keyphrase bikeShop = parse("bike shop");

        assertThat(bikeShop.occurrences(Sentences.split("Shops sell. Bikes roll."))).isZero();
        assertThat(bikeShop.count("Shops sell. Bikes roll.")).isEqualTo(1);
        assertThat(bikeShop.occurrences(Sentences.split("Shops sell bikes. Bike shop! Nothing here."))).isEqualTo(2);
    }

    @Test
    @DisplayName("begins a text only as the exact phrase, ignoring case and punctuation")
    void begins() {
        Keyphrase bikeShop = parse("bike shop");

        assertThat(bikeShop.begins("Bike Shop: a guide")).isTrue();
        assertThat(bikeShop.begins("bike shop")).isTrue();
        assertThat(bikeShop.begins("Bike shops")).isFalse();
        assertThat(bikeShop.begins("The bike shop")).isFalse();
        assertThat(bikeShop.begins("Bike")).isFalse();
        assertThat(parse("how to fix a bike").begins("How to fix a bike fast")).isTrue();
    }

    @Test
    @DisplayName("finds its content words among the words of a slug, hyphenated ones by their parts")
    void slug() {
        assertThat(parse("bike shop").isInSlug("best-bike-shops-2024")).isTrue();
        assertThat(parse("e-bike shops").isInSlug("best-e-bike-shop")).isTrue();
        assertThat(parse("bike shop").isInSlug("best-bikes")).isFalse();
        assertThat(parse("bike shop").isInSlug("")).isFalse();
    }
}
