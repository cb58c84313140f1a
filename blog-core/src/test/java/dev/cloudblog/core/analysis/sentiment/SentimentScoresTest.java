package dev.cloudblog.core.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Sentiment scores")
class SentimentScoresTest {

    @ParameterizedTest(name = "compound {0} is {1}")
    @CsvSource({
        "1.0, positive", "0.05, positive", "0.0499, neutral", "0.0, neutral", "-0.0499, neutral",
        "-0.05, negative", "-1.0, negative"})
    @DisplayName("are labelled positive from 0.05 up, negative from -0.05 down, neutral in between")
    void labels(double compound, String label) {
        assertThat(new SentimentScores(0.0, 1.0, 0.0, compound).label()).isEqualTo(label);
    }

    @Test
    @DisplayName("refuse proportions outside 0 to 1 and a compound outside -1 to 1, NaN included")
    void refuseOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SentimentScores(-0.1, 1.0, 0.0, 0.0))
                .withMessage("negative must be between 0 and 1 but is -0.1");
        assertThatIllegalArgumentException().isThrownBy(() -> new SentimentScores(0.0, 1.5, 0.0, 0.0))
                .withMessageStartingWith("neutral");
        assertThatIllegalArgumentException().isThrownBy(() -> new SentimentScores(0.0, 1.0, Double.NaN, 0.0))
                .withMessageStartingWith("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> new SentimentScores(0.0, 1.0, 0.0, 1.0001))
                .withMessage("compound must be between -1 and 1 but is 1.0001");
        assertThatIllegalArgumentException().isThrownBy(() -> new SentimentScores(0.0, 1.0, 0.0, Double.NaN))
                .withMessageStartingWith("compound");
    }

    @Test
    @DisplayName("of a text without tokens are all zero and neutral")
    void none() {
        assertThat(SentimentScores.NONE).isEqualTo(new SentimentScores(0.0, 0.0, 0.0, 0.0));
        assertThat(SentimentScores.NONE.label()).isEqualTo("neutral");
    }
}
