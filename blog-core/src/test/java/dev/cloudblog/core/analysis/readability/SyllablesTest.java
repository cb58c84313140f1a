package dev.cloudblog.core.analysis.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Counting syllables")
class SyllablesTest {

    private static final double REQUIRED_AGREEMENT = 0.95;

    @Test
    @DisplayName("agrees with the CMU Pronouncing Dictionary on at least 95% of a list of common words")
    void agreesWithTheDictionary() throws IOException {
        List<String[]> entries = dictionary();
        List<String> misses = new ArrayList<>();
        for (String[] entry : entries) {
            int counted = Syllables.count(entry[0]);
            if (counted != Integer.parseInt(entry[1])) {
                misses.add(entry[0] + " (counted " + counted + ", dictionary " + entry[1] + ")");
            }
        }
        double agreement = 1.0 - (double) misses.size() / entries.size();
        System.out.printf("Syllables agree on %d of %d words (%.1f%%); misses: %s%n",
                entries.size() - misses.size(), entries.size(), 100 * agreement, misses);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(100);
        assertThat(agreement).as("agreement, misses: %s", misses).isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
    }

    @ParameterizedTest(name = "{0} has {1}")
    @DisplayName("counts the core words exactly")
    @CsvSource(delimiter = '\t', textBlock = """
            the	1
            cat	1
            table	2
            little	2
            simple	2
            walked	1
            played	1
            wanted	2
            created	3
            studied	2
            makes	1
            boxes	2
            watches	2
            changes	2
            happy	2
            yes	1
            yellow	2
            beautiful	3
            nation	2
            question	2
            delicious	3
            serious	3
            people	2
            being	2
            going	2
            idea	3
            quiet	2
            science	2
            radio	3
            video	3
            poem	2
            rhythm	2
            usual	3
            situation	4
            someone	2
            something	2
            business	2
            syllable	3
            readability	5
            university	5
            """)
    void coreWords(String word, int syllables) {
        assertThat(Syllables.count(word)).isEqualTo(syllables);
    }

    @ParameterizedTest(name = "\"{0}\" has {1}")
    @DisplayName("counts every token as at least one syllable")
    @CsvSource(delimiter = '\t', textBlock = """
            2024	1
            😀	1
            ''	1
            ---	1
            HTML	1
            Привет	1
            """)
    void atLeastOne(String token, int syllables) {
        assertThat(Syllables.count(token)).isEqualTo(syllables);
    }

    @ParameterizedTest(name = "{0} has {1}")
    @DisplayName("reads case, accents, hyphens and apostrophes")
    @CsvSource(delimiter = '\t', quoteCharacter = '"', textBlock = """
            TABLE	2
            Table	2
            café	2
            well-known	2
            covid-19	3
            don't	1
            didn't	2
            isn’t	2
            John's	1
            James's	2
            """)
    void spelling(String word, int syllables) {
        assertThat(Syllables.count(word)).isEqualTo(syllables);
    }

    @Test
    @DisplayName("counts a word of a hundred thousand letters without choking on it")
    void hugeToken() {
        assertThat(Syllables.count("ye".repeat(50_000))).isPositive();
        assertThat(Syllables.count("a".repeat(100_000) + "bier")).isPositive();
    }

    @Test
    @DisplayName("rejects null")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Syllables.count(null));
    }

    private static List<String[]> dictionary() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SyllablesTest.class.getResourceAsStream("/readability/syllables.tsv"), "syllables.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        }
    }
}
