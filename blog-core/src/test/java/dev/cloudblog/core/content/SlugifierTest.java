package dev.cloudblog.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Slugifier")
class SlugifierTest {

    @DisplayName("folds text to lower-case ASCII words joined by single hyphens")
    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
            "Crème Brûlée à la carte!"     | creme-brulee-a-la-carte
            "Straße & Ärger"               | strasse-arger
            "  Hello,   World  "           | hello-world
            "C++ in 2024"                  | c-in-2024
            "!!!"                          | ""
            "東京タワー"                    | ""
            "Привет, мир"                  | ""
            "mixed 東京 text"               | mixed-text
            "Ærøskøbing"                   | aeroskobing
            "Œuvre complète"               | oeuvre-complete
            "Łódź"                         | lodz
            "ĐORĐE Đorđe"                  | dorde-dorde
            "Þórður Guðmundsson"           | thordur-gudmundsson
            "ıIİi"                         | iiii
            "GROSSE STRAẞE"                | grosse-strasse
            "ﬁnancial ﬂow"                 | financial-flow
            "Ｆｕｌｌｗｉｄｔｈ ①②"          | fullwidth-12
            "Ångström"                     | angstrom
            "naïve café"                   | naive-cafe
            "São Paulo"                    | sao-paulo
            "Dvořák"                       | dvorak
            "Ça va?"                       | ca-va
            "Mañana 😀 party"              | manana-party
            "Hello---World"                | hello-world
            "--leading and trailing--"     | leading-and-trailing
            "snake_case_Title"             | snake-case-title
            "Version 2.0.1"                | version-2-0-1
            "100% Pure"                    | 100-pure
            "Zola's “J'accuse”"            | zola-s-j-accuse
            "already-a-slug"               | already-a-slug
            ""                             | ""
            """)
    void slugifies(String text, String slug) {
        assertThat(Slugifier.slugify(text)).isEqualTo(slug);
    }

    @Test
    @DisplayName("treats tabs, line breaks and other control characters as separators")
    void controlCharacters() {
        assertThat(Slugifier.slugify("a\tb\nc\r\nd\u0000e")).isEqualTo("a-b-c-d-e");
    }

    @Test
    @DisplayName("keeps a slug of exactly 80 characters whole")
    void exactlyMaxLength() {
        String text = "a".repeat(39) + " " + "b".repeat(40);

        assertThat(Slugifier.slugify(text)).isEqualTo("a".repeat(39) + "-" + "b".repeat(40)).hasSize(80);
    }

    @Test
    @DisplayName("cuts a long slug after the last whole word that fits in 80 characters")
    void cutsAtWordBoundary() {
        String text = "word ".repeat(30);

        String slug = Slugifier.slugify(text);

        assertThat(slug).isEqualTo(("word-".repeat(16)).substring(0, 79)).hasSize(79);
        assertThat(Slugifier.isValid(slug)).isTrue();
    }

    @Test
    @DisplayName("keeps a word that ends exactly at the 80th character")
    void cutsWhereWordEndsAtLimit() {
        String text = "a".repeat(79) + " bc";
        String longerFirst = "a".repeat(80) + " bc";

        assertThat(Slugifier.slugify(text)).isEqualTo("a".repeat(79));
        assertThat(Slugifier.slugify(longerFirst)).isEqualTo("a".repeat(80));
    }

    @Test
    @DisplayName("hard-cuts a first word longer than 80 characters")
    void hardCutsLongWord() {
        assertThat(Slugifier.slugify("x".repeat(200) + " tail")).isEqualTo("x".repeat(80));
    }

    @Test
    @DisplayName("returns a valid slug or the empty string for arbitrary text")
    void alwaysValidOrEmpty() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "aZ9 -_.!éßøŁ東\t😀&";
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String slug = Slugifier.slugify(text.toString());
            assertThat(slug.isEmpty() || Slugifier.isValid(slug))
                    .as("seed %d, text '%s' gave '%s'", seed, text, slug)
                    .isTrue();
        }
    }

    @Test
    @DisplayName("rejects null text")
    void rejectsNull() {
        assertThatThrownBy(() -> Slugifier.slugify(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    @DisplayName("appends a number to a slug")
    void withSuffix() {
        assertThat(Slugifier.withSuffix("hello-world", 2)).isEqualTo("hello-world-2");
        assertThat(Slugifier.withSuffix("a", 1234)).isEqualTo("a-1234");
        assertThat(Slugifier.withSuffix("hello-world", "3f2a9c1b")).isEqualTo("hello-world-3f2a9c1b");
        assertThat(Slugifier.withSuffix("x".repeat(80), "3f2a9c1b")).isEqualTo("x".repeat(71) + "-3f2a9c1b");
    }

    @Test
    @DisplayName("shortens the base at a word boundary to keep a numbered slug within 80 characters")
    void withSuffixTruncatesBase() {
        String base = "word-".repeat(15) + "word"; // 79 characters

        String numbered = Slugifier.withSuffix(base, 12);

        assertThat(numbered).isEqualTo("word-".repeat(15) + "12").hasSizeLessThanOrEqualTo(80);
        assertThat(Slugifier.isValid(numbered)).isTrue();
    }

    @Test
    @DisplayName("hard-cuts a single-word base that leaves no room for the number")
    void withSuffixHardCutsLongWord() {
        String numbered = Slugifier.withSuffix("x".repeat(80), 3);

        assertThat(numbered).isEqualTo("x".repeat(78) + "-3");
    }

    @Test
    @DisplayName("refuses numbers below 2 and bases that are not slugs")
    void withSuffixRejectsBadArguments() {
        assertThatThrownBy(() -> Slugifier.withSuffix("hello", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 2 but was 1");
        assertThatThrownBy(() -> Slugifier.withSuffix("Hello World", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slug must be valid but was 'Hello World'");
        assertThatThrownBy(() -> Slugifier.withSuffix("", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @DisplayName("accepts slugs")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a", "0", "hello-world", "c-in-2024", "a-b-c-d", "2024"})
    void validSlugs(String slug) {
        assertThat(Slugifier.isValid(slug)).isTrue();
    }

    @DisplayName("rejects anything else")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "-", "-a", "a-", "a--b", "Hello", "a b", "a_b", "é", "a.b", "a\n"})
    void invalidSlugs(String slug) {
        assertThat(Slugifier.isValid(slug)).isFalse();
    }

    @Test
    @DisplayName("accepts at most 80 characters")
    void maxLength() {
        assertThat(Slugifier.isValid("x".repeat(80))).isTrue();
        assertThat(Slugifier.isValid("x".repeat(81))).isFalse();
        assertThat(Slugifier.isValid("ab-".repeat(26) + "cd")).isTrue();
        assertThat(Slugifier.isValid("ab-".repeat(26) + "cde")).isFalse();
    }
}
