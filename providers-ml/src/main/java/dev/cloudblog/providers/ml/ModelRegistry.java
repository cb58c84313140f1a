package dev.cloudblog.providers.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trained versions of each model, kept in a directory: {@code <directory>/<modelId>/<version>/}
 * holds the version's {@code card.json} and the files its trainer wrote, and
 * {@code <directory>/<modelId>/current} names the version in use. A version is assembled in a
 * temporary directory and moved into place in one step, so a crash leaves either the whole
 * version or none of it; the {@code current} file is replaced the same way. A crash between the
 * two leaves the new version registered but not current.
 *
 * <p>Thread-safe; one registry at a time may use a directory.
 */
public final class ModelRegistry {

    /** Writes a version's files into its directory. */
    @FunctionalInterface
    public interface ModelFiles {

        /**
         * @param versionDirectory the empty directory of the version being registered
         * @throws IOException when a file cannot be written; the version is then not registered
         */
        void write(Path versionDirectory) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CARD = "card.json";
    private static final String CURRENT = "current";
    private static final String INCOMING = ".incoming-";

    private final Path directory;
    private final Clock clock;

    /**
     * @param directory where the models are kept; created when first needed
     * @param clock     the time recorded as each version's {@link ModelCard#trainedAt()}
     */
    public ModelRegistry(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Registers the next version of a model and makes it current.
     *
     * @param files writes the version's model files into its directory ({@code card.json} is the
     *              registry's own)
     * @return the new version's card
     * @throws IllegalArgumentException when the model id or a value of the card is malformed
     * @throws UncheckedIOException     when the files cannot be written or moved into place, in
     *                                  which case nothing is registered and the current version
     *                                  stays, or when the new version cannot be made current
     */
    public synchronized ModelCard register(String modelId, String fingerprint, Map<String, String> hyperparameters,
            Map<String, Double> metrics, List<Map<String, String>> trials, ModelFiles files) {
        Objects.requireNonNull(files, "files");
        Path model = directory.resolve(ModelCard.requireModelId(modelId));
        int version = existingVersions(modelId).stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        ModelCard card = new ModelCard(modelId, version, fingerprint, hyperparameters, metrics, clock.instant(),
                trials);
        Path incoming = null;
        try {
            Files.createDirectories(model);
            removeIncoming(model);
            incoming = Files.createTempDirectory(model, INCOMING);
            files.write(incoming);
            Path cardFile = incoming.resolve(CARD);
            if (Files.exists(cardFile)) {
                throw new IllegalArgumentException("the model files of " + modelId + " include " + CARD
                        + ", which is the registry's own");
            }
            writeDurably(cardFile, MAPPER.writeValueAsBytes(card));
            Files.move(incoming, model.resolve(Integer.toString(version)), StandardCopyOption.ATOMIC_MOVE);
            incoming = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register version " + version + " of " + modelId
                    + "; nothing was registered", e);
        } finally {
            if (incoming != null) {
                deleteQuietly(incoming);
            }
        }
        makeCurrent(modelId, version);
        LOG.info("Registered version {} of model {} with metrics {}", version, modelId, card.metrics());
        return card;
    }

    /**
     * The version of a model in use.
     *
     * @return empty when the model has no current version
     * @throws IllegalStateException when the {@code current} file or the card it points to is corrupt
     */
    public synchronized Optional<ModelCard> current(String modelId) {
        Path file = directory.resolve(ModelCard.requireModelId(modelId)).resolve(CURRENT);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the current version of " + modelId + " from " + file, e);
        }
        int version;
        try {
            version = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + " should hold a version number but holds '" + text + "'", e);
        }
        if (!existingVersions(modelId).contains(version)) {
            throw new IllegalStateException(file + " names version " + version + " of " + modelId
                    + ", which does not exist; the versions are " + existingVersions(modelId));
        }
        return Optional.of(card(modelId, version));
    }

    /**
     * All versions of a model, oldest first.
     *
     * @return empty for a model never registered
     * @throws IllegalStateException when a card is corrupt
     */
    public synchronized List<ModelCard> versions(String modelId) {
        return existingVersions(modelId).stream().map(version -> card(modelId, version)).toList();
    }

    /** The directory holding a version's files. */
    public Path directory(ModelCard card) {
        return directory.resolve(card.modelId()).resolve(Integer.toString(card.version()));
    }

    /**
     * Makes an existing version of a model current, typically an earlier one.
     *
     * @return its card
     * @throws IllegalArgumentException when the model has no such version; the message names those
     *                                  it has
     */
    public synchronized ModelCard rollback(String modelId, int version) {
        List<Integer> versions = existingVersions(modelId);
        if (!versions.contains(version)) {
            throw new IllegalArgumentException(modelId + " has no version " + version + "; "
                    + (versions.isEmpty() ? "it has no versions" : "its versions are " + versions));
        }
        ModelCard card = card(modelId, version);
        makeCurrent(modelId, version);
        LOG.info("Model {} now uses version {}", modelId, version);
        return card;
    }

    /**
     * The newest version of a model trained on the same data with the same settings, so it can be
     * used instead of training again. It is not made current; {@link #rollback} does that.
     */
    public synchronized Optional<ModelCard> find(String modelId, String fingerprint, Map<String, String> hyperparameters) {
        List<ModelCard> versions = versions(modelId);
        for (int i = versions.size() - 1; i >= 0; i--) {
            ModelCard card = versions.get(i);
            if (card.fingerprint().equals(fingerprint) && card.hyperparameters().equals(hyperparameters)) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    private List<Integer> existingVersions(String modelId) {
        Path model = directory.resolve(ModelCard.requireModelId(modelId));
        if (!Files.isDirectory(model)) {
            return List.of();
        }
        List<Integer> versions = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(model, "[1-9]*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && Files.isDirectory(entry)) {
                    versions.add(Integer.valueOf(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the versions of " + modelId + " in " + model, e);
        }
        versions.sort(Comparator.naturalOrder());
        return versions;
    }

    private ModelCard card(String modelId, int version) {
        Path file = directory.resolve(modelId).resolve(Integer.toString(version)).resolve(CARD);
        ModelCard card;
        try {
            card = MAPPER.readValue(Files.readAllBytes(file), ModelCard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model card " + file + " is corrupt (" + e.getOriginalMessage() + ")",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model card " + file, e);
        }
        if (!card.modelId().equals(modelId) || card.version() != version) {
            throw new IllegalStateException("the model card " + file + " describes version " + card.version()
                    + " of " + card.modelId() + " instead of version " + version + " of " + modelId);
        }
        return card;
    }

    private void makeCurrent(String modelId, int version) {
        Path model = directory.resolve(modelId);
        Path file = model.resolve(CURRENT);
        try {
            Path temporary = Files.createTempFile(model, INCOMING, ".tmp");
            try {
                writeDurably(temporary, (version + "\n").getBytes(StandardCharsets.UTF_8));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make version " + version + " of " + modelId + " current in "
                    + file, e);
        }
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Removes what an interrupted registration left behind. */
    private static void removeIncoming(Path model) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(model, INCOMING + "*")) {
            for (Path leftover : leftovers) {
                delete(leftover);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            delete(path);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot remove the unfinished model version {}; it is removed at the next registration",
                    path, e);
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
