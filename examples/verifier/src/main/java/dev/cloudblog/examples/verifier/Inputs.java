package dev.cloudblog.examples.verifier;

import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.checkpoint.CheckpointException;
import dev.cloudblog.core.checkpoint.CheckpointVerifier;
import dev.cloudblog.core.checkpoint.SigningKeys;
import dev.cloudblog.core.verification.ProofJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the command line names, read and understood: the proof, the content and the key.
 *
 * @param proof   the proof
 * @param content the content the proof is checked against
 * @param key     the blog's public key, with the name its signatures carry
 */
record Inputs(ContentProof proof, RevisionContent content, CheckpointVerifier key) {

    Inputs {
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(key, "key");
    }

    /**
     * Reads the files the arguments name, as UTF-8, and the key.
     *
     * @param arguments the parsed command line
     * @return the inputs
     * @throws InputException naming the argument whose file is missing or unreadable, or whose value
     *         or file content is malformed
     */
    static Inputs load(Arguments arguments) {
        ContentProof proof = parse("--proof", read("--proof", arguments.proof()), ProofJson::read);
        RevisionContent content = parse("--content", read("--content", arguments.content()), ContentJson::read);
        return new Inputs(proof, content, key(arguments.key()));
    }

    private static CheckpointVerifier key(Arguments.Key key) {
        if (key instanceof Arguments.VerifierKey verifierKey) {
            return parse("--key", verifierKey.verifierKey(), CheckpointVerifier::fromVerifierKey);
        }
        Arguments.PemKey pem = (Arguments.PemKey) key;
        PublicKey publicKey = parse("--key-file", read("--key-file", pem.file()), SigningKeys::publicKeyFromPem);
        return parse("--key-name", pem.keyName(), name -> new CheckpointVerifier(name, publicKey));
    }

    private static String read(String option, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.unreadable(option + ": there is no file " + file, e);
        } catch (CharacterCodingException e) {
            throw InputException.unreadable(option + ": " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw InputException.unreadable(option + ": cannot read " + file + ": " + e, e);
        }
    }

    private static <T> T parse(String option, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | CheckpointException e) {
            throw InputException.unreadable(option + ": " + e.getMessage(), e);
        }
    }
}
