package dev.cloudblog.providers.ml;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One trained version of a model, as kept by the {@link ModelRegistry}: what it was trained on,
 * with which settings, how well it did, and the hyperparameter search that chose the settings.
 * Maps are copied into key order, so equal cards print alike. Immutable.
 *
 * @param modelId         what the model does, such as {@code sentiment}, {@code tags} or
 *                        {@code embeddings}: 1 to 40 lower-case letters, digits and hyphens
 * @param version         the version number, from 1, assigned by the registry
 * @param fingerprint     the lower-case hex SHA-256 of the training data
 * @param hyperparameters the settings the model was trained with
 * @param metrics         its scores on held-out data, all finite
 * @param trainedAt       when it was registered
 * @param trials          the hyperparameter-search trials that led to it, each its settings and
 *                        scores as text; empty when there was no search
 */
public record ModelCard(String modelId, int version, String fingerprint, Map<String, String> hyperparameters,
        Map<String, Double> metrics, Instant trainedAt, List<Map<String, String>> trials) {

    private static final Pattern MODEL_ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    /**
     * @throws IllegalArgumentException when a value is malformed, as named in the message
     * @throws NullPointerException     when a value, key or entry is null
     */
    public ModelCard {
        requireModelId(modelId);
        if (version < 1) {
            throw new IllegalArgumentException("version " + version + " of " + modelId + " is not positive");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!FINGERPRINT.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("fingerprint '" + fingerprint
                    + "' is not a lower-case hex SHA-256 (64 characters 0-9a-f)");
        }
        hyperparameters = sorted(hyperparameters, "hyperparameters");
        metrics = sorted(metrics, "metrics");
        metrics.forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("metric " + name + " is " + value + "; metrics must be finite");
            }
        });
        Objects.requireNonNull(trainedAt, "trainedAt");
        trials = Objects.requireNonNull(trials, "trials").stream().map(trial -> sorted(trial, "trial")).toList();
    }

    /**
     * Checks a model id.
     *
     * @return the id
     * @throws IllegalArgumentException when it is not 1 to 40 lower-case letters, digits and hyphens
     * @throws NullPointerException     when it is null
     */
    static String requireModelId(String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        if (!MODEL_ID.matcher(modelId).matches()) {
            throw new IllegalArgumentException("model id '" + modelId
                    + "' must be 1 to 40 lower-case letters, digits and hyphens");
        }
        return modelId;
    }

    private static <V> Map<String, V> sorted(Map<String, V> map, String what) {
        Objects.requireNonNull(map, what);
        map.forEach((key, value) -> {
            Objects.requireNonNull(key, () -> what + " has a null key");
            Objects.requireNonNull(value, () -> what + " has no value for " + key);
        });
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
