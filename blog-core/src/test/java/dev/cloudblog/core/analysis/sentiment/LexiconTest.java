package dev.cloudblog.core.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The VADER lexicon")
class LexiconTest {

    private static Lexicon read(String text) throws IOException {
        return Lexicon.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    @DisplayName("is bundled with its 7,520 lines, 14 tokens listed twice taking their later rating")
    void bundled() {
        Lexicon lexicon = Lexicon.bundled();

        assertThat(lexicon.size()).isEqualTo(7_520 - 14);
        assertThat(lexicon.valence("good")).isEqualTo(1.9);
        assertThat(lexicon.valence("lol")).isEqualTo(1.8);
        assertThat(lexicon.valence(":d")).isEqualTo(2.3);
        assertThat(lexicon.valence("can't stand")).isEqualTo(-2.0);
        assertThat(lexicon.contains("book")).isFalse();
    }

    @Test
    @DisplayName("bundles its MIT licence and a notice beside it")
    void licence() {
        assertThat(Lexicon.class.getResource("LICENSE.txt")).isNotNull();
        assertThat(Lexicon.class.getResource("README.md")).isNotNull();
    }

    @Test
    @DisplayName("reads token and mean, skips blank lines, and lets a later line win")
    void readsFormat() throws IOException {
        Lexicon lexicon = read("good\t1.9\t0.9434\t[2, 1]\n\nok\t1.6\t0.1\t[1]\r\nok\t1.2\t0.2\t[1]\n");

        assertThat(lexicon.size()).isEqualTo(2);
        assertThat(lexicon.valence("good")).isEqualTo(1.9);
        assertThat(lexicon.valence("ok")).isEqualTo(1.2);
    }

    @Test
    @DisplayName("refuses a line without a mean or with a mean that is not a number, naming the line")
    void refusesMalformed() {
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\t1.9\nbad\n"))
                .withMessageStartingWith("line 2 has no tab-separated mean");
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\tvery\t0.1\n"))
                .withMessageStartingWith("line 1 has a mean that is not a number");
    }

    @Test
    @DisplayName("refuses a lookup of a token it does not list")
    void refusesUnknown() throws IOException {
        assertThatIllegalArgumentException().isThrownBy(() -> read("good\t1.9\n").valence("bad"))
                .withMessage("not in the lexicon: bad");
    }
}
