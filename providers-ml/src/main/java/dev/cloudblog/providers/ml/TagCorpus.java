package dev.cloudblog.providers.ml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The posts the tagger and the related-posts finder learn from: the latest version of each post,
 * tagged or not, kept in memory and made durable in {@code posts.jsonl} (one JSON object per line)
 * in a directory of its own.
 *
 * <p>It also counts the changes since the last {@link #mark() mark}, so that a model can be
 * retrained in the background once enough posts have changed. The count lives in memory only:
 * it starts at zero when the corpus is opened.
 *
 * <p>Thread-safe. {@link #flush()} writes a consistent snapshot, never a stale one after a newer.
 */
final class TagCorpus {

    private static final String FILE = "posts.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, TaggedText> posts = new TreeMap<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private int changes;

    /**
     * Opens the corpus kept in {@code directory}, creating the directory if missing; a directory
     * without a corpus file holds an empty corpus.
     *
     * @throws IOException if the directory cannot be created or the file cannot be read or holds a
     *         line that is not a post
     */
    TagCorpus(Path directory) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve(FILE);
        if (Files.exists(file)) {
            read();
        }
    }

    /**
     * Stores {@code post} as the latest version of the post with its id; counts as a change unless
     * it equals the version already stored.
     */
    synchronized void update(TaggedText post) {
        Objects.requireNonNull(post, "post");
        if (!post.equals(posts.put(post.id(), post))) {
            changes++;
        }
    }

    /** Forgets the post {@code id}; counts as a change if the corpus had it. */
    synchronized void remove(String id) {
        if (posts.remove(Objects.requireNonNull(id, "id")) != null) {
            changes++;
        }
    }

    /** The posts as of now, in order of id. */
    synchronized List<TaggedText> snapshot() {
        return List.copyOf(posts.values());
    }

    /** The changes since the corpus was opened or last {@link #mark() marked}. */
    synchronized int changesSinceMark() {
        return changes;
    }

    /**
     * Marks the start of a training run: returns the posts as of now, in order of id, and restarts
     * the change count, so that changes made while the model trains count toward the next run.
     */
    synchronized List<TaggedText> mark() {
        changes = 0;
        return snapshot();
    }

    /**
     * Makes the posts as of now durable: writes them to a temporary file beside the corpus file
     * and moves it over the corpus file atomically.
     *
     * @throws IOException if the file cannot be written or moved
     */
    void flush() throws IOException {
        flushing.lock();
        try {
            List<TaggedText> current = snapshot();
            Path temporary = file.resolveSibling(FILE + ".tmp");
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (TaggedText post : current) {
                    writer.write(JSON.writeValueAsString(post));
                    writer.write('\n');
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            flushing.unlock();
        }
    }

    @Override
    public synchronized String toString() {
        return "TagCorpus[" + file + ", " + posts.size() + " posts, " + changes + " changes since mark]";
    }

    private void read() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                TaggedText post;
                try {
                    post = JSON.readValue(line, TaggedText.class);
                } catch (JsonProcessingException | RuntimeException e) {
                    throw new IOException(file + " line " + number + " is not a post: " + e.getMessage(), e);
                }
                posts.put(post.id(), post);
            }
        }
    }
}
