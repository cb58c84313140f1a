package dev.cloudblog.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Excerpts")
class ExcerptsTest {

    @Nested
    @DisplayName("excerpt")
    class Excerpt {

        @Test
        @DisplayName("returns a text that fits whole, with its whitespace collapsed")
        void fits() {
            assertThat(Excerpts.excerpt("  Hello,\n\t world \u00a0 again  ", 100)).isEqualTo("Hello, world again");
            assertThat(Excerpts.excerpt("Hello, world", 12)).isEqualTo("Hello, world");
            assertThat(Excerpts.excerpt("", 10)).isEmpty();
            assertThat(Excerpts.excerpt(" \n ", 10)).isEmpty();
        }

        @Test
        @DisplayName("counts the collapsed text, not the original, against the limit")
        void collapsesBeforeMeasuring() {
            assertThat(Excerpts.excerpt("one     two     three", 13)).isEqualTo("one two three");
        }

        @DisplayName("cuts a longer text after the last whole word that fits with the ellipsis")
        @ParameterizedTest(name = "\"{0}\" within {1} -> \"{2}\"")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                "The quick brown fox"         | 12 | "The quick…"
                "The quick brown fox"         | 18 | "The quick brown…"
                "The quick brown fox"         | 16 | "The quick brown…"
                "The quick brown fox"         | 15 | "The quick…"
                "Hello, world"                | 11 | "Hello,…"
                "Hello   world  again"        | 12 | "Hello world…"
                "a b c d e f"                 |  4 | "a b…"
                "ab cd"                       |  4 | "ab…"
                """)
        void cutsAtWordBoundary(String text, int maxChars, String expected) {
            String excerpt = Excerpts.excerpt(text, maxChars);

            assertThat(excerpt).isEqualTo(expected).hasSizeLessThanOrEqualTo(maxChars);
        }

        @Test
        @DisplayName("hard-cuts a first word that is longer than the limit")
        void hardCutsLongFirstWord() {
            assertThat(Excerpts.excerpt("Incomprehensibilities abound", 8)).isEqualTo("Incompr…");
            assertThat(Excerpts.excerpt("abc", 2)).isEqualTo("a…");
        }

        @Test
        @DisplayName("never splits a surrogate pair when hard-cutting")
        void keepsSurrogatePairs() {
            String excerpt = Excerpts.excerpt("a😀😀😀", 3);

            assertThat(excerpt).isEqualTo("a…");
        }

        @Test
        @DisplayName("rejects a limit below 2 and a null text")
        void rejectsBadArguments() {
            assertThatThrownBy(() -> Excerpts.excerpt("text", 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxChars must be at least 2 but was 1");
            assertThatThrownBy(() -> Excerpts.excerpt(null, 10))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("plainText");
        }
    }

    @Nested
    @DisplayName("readingTime")
    class ReadingTime {

        @DisplayName("rounds up to whole minutes at 265 words a minute, and is at least a minute")
        @ParameterizedTest(name = "{0} words -> {1} min")
        @CsvSource({"0, 1", "1, 1", "264, 1", "265, 1", "266, 2", "530, 2", "531, 3", "2650, 10",
                "2147483647, 8103712"})
        void minutes(int words, long minutes) {
            assertThat(Excerpts.readingTime(words)).isEqualTo(Duration.ofMinutes(minutes));
        }

        @Test
        @DisplayName("rejects a negative word count")
        void rejectsNegative() {
            assertThatThrownBy(() -> Excerpts.readingTime(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("wordCount must not be negative but was -1");
        }
    }
}
