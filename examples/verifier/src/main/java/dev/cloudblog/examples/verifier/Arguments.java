package dev.cloudblog.examples.verifier;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The command line of {@link VerifyProof}, parsed: what to verify, against which key, and where to
 * check the anchors.
 *
 * @param proof         the proof JSON file ({@code --proof})
 * @param content       the content JSON file ({@code --content})
 * @param key           the blog's public key ({@code --key}, or {@code --key-file} with {@code --key-name})
 * @param rpc           the Ethereum JSON-RPC URL ({@code --rpc}); empty when anchors are not to be checked
 * @param confirmations how many blocks an anchoring transaction must be deep ({@code --confirmations}, default 1)
 */
record Arguments(Path proof, Path content, Key key, Optional<URI> rpc, int confirmations) {

    /** The usage line. */
    static final String USAGE = "usage: verify-proof --proof <file> --content <file>"
            + " (--key <verifier key> | --key-file <PEM file> --key-name <name>)"
            + " [--rpc <url>] [--confirmations <n>]";

    private static final List<String> OPTIONS = List.of(
            "--proof", "--content", "--key", "--key-file", "--key-name", "--rpc", "--confirmations");

    Arguments {
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rpc, "rpc");
        if (confirmations < 1) {
            throw new IllegalArgumentException("confirmations must be at least 1, not " + confirmations);
        }
    }

    /** The blog's public key, as given on the command line. */
    sealed interface Key permits VerifierKey, PemKey {
    }

    /**
     * A key in signed-note verifier form, {@code <name>+<hash>+<base64 key>}.
     *
     * @param verifierKey the key string
     */
    record VerifierKey(String verifierKey) implements Key {

        VerifierKey {
            Objects.requireNonNull(verifierKey, "verifierKey");
        }
    }

    /**
     * An Ed25519 public key in a PEM file, with the key name its signatures carry.
     *
     * @param file    the PEM file
     * @param keyName the key name, the blog's {@code blog.verification.origin}
     */
    record PemKey(Path file, String keyName) implements Key {

        PemKey {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(keyName, "keyName");
        }
    }

    /**
     * Parses the arguments. Each option takes one value, in the next argument, and may be given once.
     *
     * @param args the command line, without {@code --help}
     * @return what it says
     * @throws InputException naming the argument that is unknown, repeated, lacks its value, is
     *         malformed, or is required but missing
     */
    static Arguments parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!OPTIONS.contains(option)) {
                throw InputException.usage("unknown argument '" + option + "'");
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw InputException.usage(option + " needs a value");
            }
            if (values.putIfAbsent(option, args[++i]) != null) {
                throw InputException.usage(option + " is given twice");
            }
        }
        Path proof = path(values, "--proof");
        Path content = path(values, "--content");
        return new Arguments(proof, content, key(values), rpc(values.get("--rpc")),
                confirmations(values.getOrDefault("--confirmations", "1")));
    }

    private static Path path(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw InputException.usage(option + " is required");
        }
        return toPath(option, value);
    }

    private static Path toPath(String option, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw InputException.usage(option + ": '" + value + "' is not a file path: " + e.getReason());
        }
    }

    private static Key key(Map<String, String> values) {
        String verifierKey = values.get("--key");
        String file = values.get("--key-file");
        String name = values.get("--key-name");
        if (verifierKey != null) {
            if (file != null || name != null) {
                throw InputException.usage("--key excludes --key-file and --key-name: give the key one way");
            }
            return new VerifierKey(verifierKey);
        }
        if (file == null && name == null) {
            throw InputException.usage("--key, or --key-file with --key-name, is required");
        }
        if (file == null) {
            throw InputException.usage("--key-name needs --key-file, the PEM file of the public key");
        }
        if (name == null) {
            throw InputException.usage("--key-file needs --key-name, the name the checkpoint signatures carry"
                    + " (the blog's blog.verification.origin)");
        }
        return new PemKey(toPath("--key-file", file), name);
    }

    private static Optional<URI> rpc(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw InputException.usage("--rpc: '" + value + "' is not an http or https URL such as http://127.0.0.1:8545");
    }

    private static int confirmations(String value) {
        try {
            int confirmations = Integer.parseInt(value);
            if (confirmations >= 1) {
                return confirmations;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.usage("--confirmations: '" + value + "' is not a whole number of at least 1");
    }
}
