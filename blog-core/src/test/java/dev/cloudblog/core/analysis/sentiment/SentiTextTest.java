package dev.cloudblog.core.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VADER tokens")
class SentiTextTest {

    private static List<String> tokens(String text) {
        SentiText sentiText = SentiText.of(text);
        return IntStream.range(0, sentiText.size()).mapToObj(sentiText::lower).toList();
    }

    @Test
    @DisplayName("are split on whitespace and lower-cased, with leading and trailing punctuation stripped from words")
    void splitAndStrip() {
        assertThat(tokens("VADER is smart, handsome, and \"funny\"!"))
                .containsExactly("vader", "is", "smart", "handsome", "and", "funny");
        assertThat(tokens("isn't well-known...")).containsExactly("isn't", "well-known");
    }

    @Test
    @DisplayName("keep a token whole when stripping would leave two code points or fewer, so emoticons survive")
    void keepShortTokensWhole() {
        assertThat(tokens(":) :D :-( a, by, ok! (:O")).containsExactly(":)", ":d", ":-(", "a,", "by,", "ok!", "(:o");
        assertThat(tokens("x😁, 😁😁😁,")).containsExactly("x😁,", "😁😁😁");
    }

    @Test
    @DisplayName("keep one-letter tokens such as \"a\" and \"I\", as vaderSentiment 3.3 does")
    void keepOneLetterTokens() {
        assertThat(tokens("I read a book")).containsExactly("i", "read", "a", "book");
    }

    @Test
    @DisplayName("split on Unicode whitespace as Python's str.split() does, no-break space included")
    void pythonWhitespace() {
        assertThat(tokens("good\u00a0book\u2003and\u0085more\u3000\u001fend")).containsExactly(
                "good", "book", "and", "more", "end");
        assertThat(tokens("   ")).isEmpty();
    }

    @Test
    @DisplayName("count as ALL CAPS with a cased letter and no lower-case one, emoticons like :D included")
    void allCaps() {
        SentiText text = SentiText.of("VADER is :D I'll OK! 123 ǅ");

        assertThat(IntStream.range(0, text.size()).mapToObj(text::isAllCaps).toList())
                .containsExactly(true, false, true, false, true, false, false);
        assertThat(text.capDifferential()).isTrue();
    }

    @Test
    @DisplayName("make capitals emphasis only when some but not all tokens are ALL CAPS")
    void capDifferential() {
        assertThat(SentiText.of("GREAT BOOK").capDifferential()).isFalse();
        assertThat(SentiText.of("great book").capDifferential()).isFalse();
        assertThat(SentiText.of("GREAT book").capDifferential()).isTrue();
        assertThat(SentiText.of("").capDifferential()).isFalse();
    }
}
