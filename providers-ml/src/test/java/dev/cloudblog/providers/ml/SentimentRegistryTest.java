package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.spi.Config;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The sentiment model in the registry")
class SentimentRegistryTest {

    @TempDir
    Path directory;

    @Test
    @DisplayName("is searched, measured and registered with every trial once, then loaded as it is")
    void registersTheSearchOnce() {
        MlSettings settings = MlSettings.of(Config.of(Map.of("blog.ml.path", directory.toString(),
                "blog.ml.sentiment.folds", "3", "blog.ml.sentiment.search-trials", "2")));
        ModelRegistry registry = new ModelRegistry(directory, Clock.systemUTC());

        SentimentModel first = SentimentModel.loadOrTrain(registry, settings);

        ModelCard card = first.card();
        assertThat(card.version()).isEqualTo(1);
        assertThat(card.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(card.trials()).hasSize(2).allSatisfy(trial -> assertThat(trial)
                .containsKeys("learningRate", "hiddenSize", "epochs", "vocabularySize", "cv.accuracy"));
        Map<String, String> best = card.trials().stream()
                .max((a, b) -> Double.compare(Double.parseDouble(a.get("cv.accuracy")),
                        Double.parseDouble(b.get("cv.accuracy")))).orElseThrow();
        assertThat(card.hyperparameters()).containsEntry("hiddenSize", best.get("hiddenSize"))
                .containsEntry("learningRate", best.get("learningRate"));
        assertThat(card.metrics()).containsKeys("cv.accuracy", "cv.accuracy.sd", "cv.macroF1", "training.seconds")
                .containsEntry("cv.folds", 3.0);
        assertThat(card.metrics().get("cv.accuracy")).isGreaterThan(0.7);

        SentimentModel again = SentimentModel.loadOrTrain(registry, settings);
        assertThat(again.card()).isEqualTo(card);
        assertThat(registry.versions(SentimentModel.MODEL_ID)).hasSize(1);
        String text = "The food was cold and the waiter was rude.";
        assertThat(again.classifier().probabilities(text)).containsExactly(first.classifier().probabilities(text));
        assertThat(again.classifier().predict(text)).isEqualTo(SentimentData.NEGATIVE);
    }
}
