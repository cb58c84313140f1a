package dev.cloudblog.core.anchor;

import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import dev.cloudblog.spi.anchor.Anchorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Keeps every signed checkpoint as a file of its own in a directory, named by tree size: a copy
 * outside the store that a person, or a check of a receipt, can compare with. A kept copy is never
 * replaced: a different checkpoint of the same size is refused, as a rewritten history would be.
 * The receipt's network is {@value #NETWORK}; its reference is {@code <file name>#sha256:<hex of the note>}.
 */
final class LocalAnchorer implements Anchorer {

    static final String NETWORK = "local-files";

    private final Path directory;
    private final Clock clock;

    LocalAnchorer(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Anchor anchor(Checkpoint checkpoint) {
        Path file = directory.resolve(fileName(checkpoint));
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "checkpoint", ".tmp");
            try {
                Files.writeString(temporary, checkpoint.signedNote(), StandardCharsets.UTF_8);
                if (!Files.exists(file)) {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(checkpoint.signedNote())) {
                throw new IllegalStateException("a different checkpoint of " + checkpoint.treeSize()
                        + " leaves is already kept in " + file + ": the log's history was rewritten");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the checkpoint in " + file, e);
        }
        return new Anchor(LocalAnchorProvider.NAME, NETWORK,
                file.getFileName() + "#sha256:" + sha256(checkpoint.signedNote()), clock.instant());
    }

    @Override
    public VerificationResult check(Checkpoint checkpoint, Anchor anchor) {
        String expected = fileName(checkpoint) + "#sha256:" + sha256(checkpoint.signedNote());
        if (!anchor.reference().equals(expected)) {
            return VerificationResult.failed(Failure.ANCHOR_MISMATCH, "the receipt " + anchor.reference()
                    + " is not for this checkpoint, whose receipt would be " + expected);
        }
        Path file = directory.resolve(fileName(checkpoint));
        try {
            String kept = Files.readString(file, StandardCharsets.UTF_8);
            return kept.equals(checkpoint.signedNote())
                    ? VerificationResult.success()
                    : VerificationResult.failed(Failure.ANCHOR_MISMATCH, "the copy kept in " + file
                            + " differs from the checkpoint");
        } catch (NoSuchFileException e) {
            return VerificationResult.failed(Failure.ANCHOR_MISMATCH, "no copy of the checkpoint is kept in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint kept in " + file, e);
        }
    }

    private static String fileName(Checkpoint checkpoint) {
        return String.format("%020d.checkpoint", checkpoint.treeSize());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
