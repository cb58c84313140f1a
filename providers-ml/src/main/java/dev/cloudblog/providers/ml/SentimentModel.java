package dev.cloudblog.providers.ml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment model in use and what it was trained on: the registry's current {@code sentiment}
 * version, or, when there is none, a new version trained on the bundled sentences (UCI Sentiment
 * Labelled Sentences), measured by cross-validation first and registered with its drift baseline.
 *
 * @param classifier the model
 * @param card       its registry card
 * @param baseline   what it saw at training time, for drift
 */
record SentimentModel(TextClassifier classifier, ModelCard card, DriftBaseline baseline) {

    static final String MODEL_ID = "sentiment";
    static final String BASELINE_FILE = "baseline.json";

    /** What a hyperparameter search of the sentiment model draws its trials from. */
    static final HyperparameterSearch.Space SEARCH_SPACE = new HyperparameterSearch.Space(List.of(0.003, 0.01, 0.03),
            List.of(16, 32, 64), List.of(4, 8, 12), List.of(1_000, 2_000, 4_000));

    private static final Logger LOG = LoggerFactory.getLogger(SentimentModel.class);

    /** The summaries of an input that drift is watched on: its length in words and its unknown words. */
    static Map<String, Double> summaries(TextClassifier classifier, List<String> words) {
        Map<String, Double> summaries = new LinkedHashMap<>();
        summaries.put("length", (double) words.size());
        summaries.put("unknown", classifier.unknownShare(words));
        return summaries;
    }

    /** Loads the current version, or trains, measures and registers the first. */
    static SentimentModel loadOrTrain(ModelRegistry registry, MlSettings settings) {
        try {
            ModelCard card = registry.current(MODEL_ID).orElse(null);
            if (card == null) {
                card = train(registry, settings);
            }
            return new SentimentModel(TextClassifier.load(registry.directory(card)), card,
                    DriftBaseline.read(registry.directory(card).resolve(BASELINE_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the sentiment model from " + registry, e);
        }
    }

    /** A search trial as the registry keeps it: its hyperparameters and cross-validated scores. */
    private static Map<String, String> trial(HyperparameterSearch.Trial trial) {
        Map<String, String> map = new LinkedHashMap<>(trial.hp().asMap());
        map.put("cv.accuracy", Double.toString(trial.cv().meanAccuracy()));
        map.put("cv.accuracy.sd", Double.toString(trial.cv().standardDeviation()));
        map.put("cv.macroF1", Double.toString(trial.cv().macroF1()));
        return map;
    }

    private static ModelCard train(ModelRegistry registry, MlSettings settings) {
        List<LabelledText> data = SentimentData.sentences();
        Hyperparameters hyperparameters = Hyperparameters.DEFAULTS;
        List<Map<String, String>> trials = List.of();
        if (settings.searchTrials() > 0) {
            HyperparameterSearch.Result search = new HyperparameterSearch(SEARCH_SPACE,
                    (int) Math.min(settings.searchTrials(), SEARCH_SPACE.combinations()),
                    Math.max(settings.sentimentFolds(), 3), hyperparameters.seed())
                    .run(data, SentimentData.LABELS, hyperparameters, progress -> LOG.info(
                            "Sentiment hyperparameter search: trial {} of {}, best accuracy so far {}",
                            progress.trialsDone(), progress.trialsTotal(), progress.bestAccuracy()));
            hyperparameters = search.best().hp();
            trials = search.trials().stream().map(SentimentModel::trial).toList();
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (settings.sentimentFolds() >= 2) {
            Hyperparameters chosen = hyperparameters;
            CrossValidation.Result cv = CrossValidation.evaluate(data, settings.sentimentFolds(), chosen.seed(),
                    fold -> TextClassifier.train(fold, SentimentData.LABELS, chosen)::predict);
            metrics.put("cv.accuracy", cv.meanAccuracy());
            metrics.put("cv.accuracy.sd", cv.standardDeviation());
            metrics.put("cv.macroF1", cv.macroF1());
            metrics.put("cv.folds", (double) settings.sentimentFolds());
        }
        long started = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(data, SentimentData.LABELS, hyperparameters);
        metrics.put("training.seconds", (System.nanoTime() - started) / 1e9);
        metrics.put("training.examples", (double) data.size());
        int[] labels = data.stream().mapToInt(LabelledText::label).toArray();
        double[] lengths = new double[data.size()];
        double[] unknown = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            Map<String, Double> summaries = summaries(classifier, Tokenizer.tokens(data.get(i).text()));
            lengths[i] = summaries.get("length");
            unknown[i] = summaries.get("unknown");
        }
        DriftBaseline baseline = DriftBaseline.of(labels, SentimentData.LABELS.size(),
                Map.of("length", lengths, "unknown", unknown));
        ModelCard card = registry.register(MODEL_ID, Fingerprint.of(data.stream()
                        .map(text -> text.label() + "\t" + text.text()).toList()), hyperparameters.asMap(), metrics,
                trials, directory -> {
                    classifier.save(directory);
                    baseline.write(directory.resolve(BASELINE_FILE));
                });
        LOG.info("Trained sentiment model version {}: {}", card.version(), metrics);
        return card;
    }
}
