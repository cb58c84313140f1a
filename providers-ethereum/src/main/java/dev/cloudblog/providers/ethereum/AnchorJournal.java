package dev.cloudblog.providers.ethereum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The transactions sent for checkpoints not confirmed yet, one JSON file per checkpoint in a
 * directory, so that a restart resumes them instead of sending new ones. A transaction is
 * written here, and forced to disk, before it is sent; it is removed once confirmed. Not
 * thread-safe: the anchorer calls it under its lock.
 */
final class AnchorJournal {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path directory;

    AnchorJournal(Path directory) {
        this.directory = directory;
    }

    /** The pending anchor of this checkpoint, if one was written. */
    Optional<PendingAnchor> find(long treeSize, String root) {
        Path file = file(treeSize, root);
        try {
            return Optional.of(MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), PendingAnchor.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the pending anchor in " + file + " cannot be read (" + e.getOriginalMessage()
                    + "); its transactions may still be mined: check them, then delete the file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pending anchor in " + file, e);
        }
    }

    /** Writes a pending anchor durably, replacing the one of its checkpoint. */
    void save(PendingAnchor pending) {
        Path file = file(pending.treeSize(), pending.root());
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "pending", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(MAPPER.writeValueAsBytes(pending)));
                    channel.force(true);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the pending anchor in " + file
                    + "; nothing was sent", e);
        }
    }

    /** Forgets the pending anchor of this checkpoint. */
    void remove(long treeSize, String root) {
        Path file = file(treeSize, root);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the confirmed anchor's file " + file, e);
        }
    }

    private Path file(long treeSize, String root) {
        return directory.resolve(String.format("%020d-%s.json", treeSize, root.substring(2, 18)));
    }
}
