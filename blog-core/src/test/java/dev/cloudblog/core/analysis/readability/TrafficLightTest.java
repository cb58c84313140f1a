package dev.cloudblog.core.analysis.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.readability.ReadabilityReport.TrafficLight;
import dev.cloudblog.core.analysis.text.Document;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The overall traffic light")
class TrafficLightTest {

    private static List<Check> checks(String scores) {
        return Arrays.stream(scores.split(" ")).filter(s -> !s.isEmpty())
                .map(score -> new Check("readability.c" + score, Integer.parseInt(score), "found"))
                .toList();
    }

    @ParameterizedTest(name = "scores [{0}] are {1}")
    @DisplayName("adds 3 points per bad check and 2 per fine one: over 6 is red, over 4 orange")
    @CsvSource({
            "'', GREEN",
            "9 9 9 9 9 9, GREEN",
            "3 9 9 9 9 9, GREEN",     // 3 points
            "6 9 9 9 9 9, GREEN",     // 2
            "6 6 9 9 9 9, GREEN",     // 4
            "4 8 8 8 8 8, GREEN",     // 4 is bad, 8 is good: 3
            "3 6 9 9 9 9, ORANGE",    // 5
            "2 3 9 9 9 9, ORANGE",    // 6
            "5 6 7 9 9 9, ORANGE",    // 6
            "3 6 6 9 9 9, RED",       // 7
            "6 6 6 6 9 9, RED",       // 8
            "0 2 3 9 9 9, RED",       // 9
            "-1 9 9 9 9 9, GREEN"})
    void penalties(String scores, TrafficLight light) {
        assertThat(TrafficLight.of(checks(scores))).isEqualTo(light);
    }

    @Test
    @DisplayName("gives its verdict as the lower-case name")
    void verdicts() {
        assertThat(TrafficLight.GREEN.verdict()).isEqualTo("green");
        assertThat(TrafficLight.ORANGE.verdict()).isEqualTo("orange");
        assertThat(TrafficLight.RED.verdict()).isEqualTo("red");
    }

    @Test
    @DisplayName("the report's verdict is its traffic light's")
    void reportVerdict() {
        ReadabilityReport report = new ReadabilityReport(0, 0, 0, 0, 0, List.of(), TrafficLight.ORANGE);

        assertThat(report.verdict()).isEqualTo("orange");
    }

    @Test
    @DisplayName("a report refuses negative counts")
    void negativeCounts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReadabilityReport(1, -1, 0, 0, 0, List.of(), TrafficLight.GREEN));
    }

    @Test
    @DisplayName("a text with many problems is red")
    void redText() {
        String longPassive = "The long report about the many problems of the old system was written by a small "
                + "team of tired engineers over several weeks.";
        String text = String.join(" ", Collections.nCopies(12, longPassive));

        ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(text));

        assertThat(report.overall()).isEqualTo(TrafficLight.RED);
        assertThat(report.verdict()).isEqualTo("red");
    }
}
