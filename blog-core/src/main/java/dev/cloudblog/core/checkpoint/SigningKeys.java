package dev.cloudblog.core.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The Ed25519 key pair that signs checkpoints: generating it, writing it to files and reading it
 * back. Private keys are PKCS#8 and public keys X.509 SubjectPublicKeyInfo, in PEM or DER, as
 * {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write them.
 *
 * <pre>{@code
 * KeyPair keys = SigningKeys.loadOrCreate(Path.of("/var/lib/blog/keys"));   // the same key on every start
 * String pem = SigningKeys.publicKeyPem(keys.getPublic());                   // "-----BEGIN PUBLIC KEY-----\n..."
 * }</pre>
 */
public final class SigningKeys {

    /** The length of an Ed25519 public key, in bytes. */
    static final int RAW_PUBLIC_KEY_LENGTH = 32;

    /** The X.509 SubjectPublicKeyInfo encoding of an Ed25519 public key, up to the key itself. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final String PRIVATE_KEY_FILE = "checkpoint-key.pem";
    private static final String PUBLIC_KEY_FILE = "checkpoint-key.pub.pem";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private SigningKeys() {}

    /**
     * Generates a new Ed25519 key pair.
     *
     * <pre>{@code
     * KeyPair keys = SigningKeys.generate();
     * SigningKeys.rawPublicKey(keys.getPublic()).length;   // 32
     * }</pre>
     */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(Ed25519.ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw Ed25519.missing(e);
        }
    }

    /**
     * Reads a key pair from a PKCS#8 private key file and an X.509 public key file, each either PEM
     * ({@code -----BEGIN PRIVATE KEY-----}, {@code -----BEGIN PUBLIC KEY-----}) or raw DER.
     *
     * <pre>{@code
     * KeyPair keys = SigningKeys.load(Path.of("checkpoint-key.pem"), Path.of("checkpoint-key.pub.pem"));
     * }</pre>
     *
     * @throws IllegalArgumentException naming the file, if a file does not exist, holds PEM of
     *     another kind, or does not hold an Ed25519 key, or if the public key is not the one of the
     *     private key
     * @throws UncheckedIOException if a file cannot be read
     */
    public static KeyPair load(Path privateKeyFile, Path publicKeyFile) {
        Objects.requireNonNull(privateKeyFile, "privateKeyFile");
        Objects.requireNonNull(publicKeyFile, "publicKeyFile");
        byte[] privateDer = readDer(privateKeyFile, PRIVATE_LABEL);
        byte[] publicDer = readDer(publicKeyFile, PUBLIC_LABEL);
        PrivateKey privateKey;
        try {
            privateKey = Ed25519.keyFactory().generatePrivate(new PKCS8EncodedKeySpec(privateDer));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("the private key file " + privateKeyFile
                    + " does not hold an Ed25519 private key in PKCS#8: " + e.getMessage(), e);
        }
        PublicKey publicKey;
        try {
            publicKey = Ed25519.keyFactory().generatePublic(new X509EncodedKeySpec(publicDer));
            rawPublicKey(publicKey);
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key file " + publicKeyFile
                    + " does not hold an Ed25519 public key in X.509 SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
        if (!Ed25519.isPair(privateKey, publicKey)) {
            throw new IllegalArgumentException("the private key file " + privateKeyFile
                    + " and the public key file " + publicKeyFile + " hold keys of different key pairs");
        }
        return new KeyPair(publicKey, privateKey);
    }

    /**
     * Writes a key pair as PEM, creating missing parent directories and replacing existing files.
     * The private key file is readable and writable by its owner only ({@code rw-------}) where
     * the file system has POSIX permissions, from the moment it exists, and replaces an existing
     * file atomically where the file system can.
     *
     * <pre>{@code
     * SigningKeys.write(SigningKeys.generate(), dir.resolve("key.pem"), dir.resolve("key.pub.pem"));
     * }</pre>
     *
     * @throws IllegalArgumentException if a key of {@code keys} is not an Ed25519 key, or if its
     *     public key is not the one of its private key
     * @throws UncheckedIOException if a file cannot be written
     */
    public static void write(KeyPair keys, Path privateKeyFile, Path publicKeyFile) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(privateKeyFile, "privateKeyFile");
        Objects.requireNonNull(publicKeyFile, "publicKeyFile");
        PrivateKey privateKey = Objects.requireNonNull(keys.getPrivate(), "keys' private key");
        String publicPem = publicKeyPem(Objects.requireNonNull(keys.getPublic(), "keys' public key"));
        if (!Ed25519.isPair(privateKey, keys.getPublic())) {
            throw new IllegalArgumentException("the public key of the key pair is not the one of its private key");
        }
        if (!"PKCS#8".equals(privateKey.getFormat())) {
            throw new IllegalArgumentException("the private key cannot be exported as PKCS#8 (its format is "
                    + privateKey.getFormat() + ")");
        }
        writeOwnerOnly(privateKeyFile, pem(PRIVATE_LABEL, privateKey.getEncoded()));
        try {
            createParentDirectories(publicKeyFile);
            Files.writeString(publicKeyFile, publicPem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the public key file " + publicKeyFile, e);
        }
    }

    /**
     * Returns the key pair kept in {@code directory} as {@code checkpoint-key.pem} (private) and
     * {@code checkpoint-key.pub.pem} (public), first generating and writing one if neither file
     * exists, so that a restart keeps the key.
     *
     * <pre>{@code
     * KeyPair first = SigningKeys.loadOrCreate(dir);    // generates and writes
     * KeyPair again = SigningKeys.loadOrCreate(dir);    // reads the same key back
     * }</pre>
     *
     * @throws IllegalArgumentException if only one of the two files exists (a key is never
     *     overwritten), or as {@link #load} does
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public static KeyPair loadOrCreate(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path privateKeyFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicKeyFile = directory.resolve(PUBLIC_KEY_FILE);
        boolean hasPrivate = Files.exists(privateKeyFile);
        boolean hasPublic = Files.exists(publicKeyFile);
        if (hasPrivate && hasPublic) {
            return load(privateKeyFile, publicKeyFile);
        }
        if (hasPrivate) {
            throw new IllegalArgumentException("the private key file " + privateKeyFile + " exists but the public key file "
                    + publicKeyFile + " does not; recreate it with \"openssl pkey -in " + privateKeyFile
                    + " -pubout -out " + publicKeyFile + "\", or remove the private key to have a new key pair generated");
        }
        if (hasPublic) {
            throw new IllegalArgumentException("the public key file " + publicKeyFile + " exists but the private key file "
                    + privateKeyFile + " does not; restore the private key, or remove the public key to have a new key"
                    + " pair generated");
        }
        KeyPair keys = generate();
        write(keys, privateKeyFile, publicKeyFile);
        return keys;
    }

    /**
     * Returns an Ed25519 public key as PEM: X.509 SubjectPublicKeyInfo, as {@code openssl pkey
     * -pubout} writes it.
     *
     * <pre>{@code
     * SigningKeys.publicKeyPem(keys.getPublic());
     * // "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA...\n-----END PUBLIC KEY-----\n"
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code key} is not a valid Ed25519 public key
     */
    public static String publicKeyPem(PublicKey key) {
        rawPublicKey(key);
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    /**
     * Returns the 32 bytes of an Ed25519 public key (RFC 8032), as signed notes and verifier keys
     * carry it.
     *
     * <pre>{@code
     * SigningKeys.rawPublicKey(keys.getPublic()).length;   // 32
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code key} is not a valid Ed25519 public key
     */
    public static byte[] rawPublicKey(PublicKey key) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        if (!"X.509".equals(key.getFormat())
                || encoded == null
                || encoded.length != X509_PREFIX.length + RAW_PUBLIC_KEY_LENGTH
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key (algorithm " + key.getAlgorithm()
                    + ", format " + key.getFormat() + ")");
        }
        Ed25519.checkPublicKey(key);
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /**
     * Returns the Ed25519 public key of 32 bytes (RFC 8032).
     *
     * <pre>{@code
     * PublicKey key = SigningKeys.publicKeyFromRaw(SigningKeys.rawPublicKey(keys.getPublic()));
     * key.equals(keys.getPublic());   // true
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code raw} is not 32 bytes, or not a point of the curve
     */
    public static PublicKey publicKeyFromRaw(byte[] raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.length != RAW_PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "an Ed25519 public key is " + RAW_PUBLIC_KEY_LENGTH + " bytes, not " + raw.length);
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_PUBLIC_KEY_LENGTH);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, RAW_PUBLIC_KEY_LENGTH);
        PublicKey key;
        try {
            key = Ed25519.keyFactory().generatePublic(new X509EncodedKeySpec(encoded));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
        Ed25519.checkPublicKey(key);
        return key;
    }

    /** Returns the DER in {@code file}: the body of its PEM block labelled {@code label}, or its bytes. */
    private static byte[] readDer(Path file, String label) {
        String kind = PRIVATE_LABEL.equals(label) ? "private" : "public";
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("the " + kind + " key file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the " + kind + " key file " + file + " is not a regular file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + kind + " key file " + file, e);
        }
        return der(content, label, "the " + kind + " key file " + file);
    }

    /**
     * Returns the DER in {@code content}: the body of its PEM block labelled {@code label}, or the
     * bytes themselves when they hold no PEM block.
     *
     * @param source how to name the content in messages, such as "the public key file key.pem"
     */
    private static byte[] der(byte[] content, String label, String source) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf("-----BEGIN ");
        if (begin < 0) {
            return content;
        }
        String header = "-----BEGIN " + label + "-----";
        String footer = "-----END " + label + "-----";
        if (!text.startsWith(header, begin)) {
            int lineEnd = text.indexOf('\n', begin);
            throw new IllegalArgumentException(source + " holds PEM \""
                    + text.substring(begin, lineEnd < 0 ? text.length() : lineEnd).strip() + "\", not a \""
                    + header + "\" ... \"" + footer + "\" block");
        }
        int end = text.indexOf(footer, begin);
        if (end < 0) {
            throw new IllegalArgumentException(source + " has no \"" + footer + "\" line after its \"" + header + "\"");
        }
        try {
            return Base64.getDecoder().decode(text.substring(begin + header.length(), end).replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM block of " + source + " is not base64: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an Ed25519 public key from its PEM text (as {@link #publicKeyPem} writes it).
     *
     * @throws IllegalArgumentException if the text holds no Ed25519 public key
     */
    public static PublicKey publicKeyFromPem(String pem) {
        byte[] der = der(Objects.requireNonNull(pem, "pem").getBytes(StandardCharsets.ISO_8859_1), PUBLIC_LABEL,
                "the public key");
        try {
            PublicKey key = Ed25519.keyFactory().generatePublic(new X509EncodedKeySpec(der));
            rawPublicKey(key);
            return key;
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key is not an Ed25519 key in X.509 SubjectPublicKeyInfo: "
                    + e.getMessage(), e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /**
     * Writes {@code content} to a new file readable by its owner only (where the file system has
     * POSIX permissions), then moves it over {@code file}, so that the content is never readable by
     * others, not even while being written.
     */
    private static void writeOwnerOnly(Path file, String content) {
        Path temporary = null;
        try {
            Path directory = createParentDirectories(file);
            FileAttribute<?>[] ownerOnly = Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp", ownerOnly);
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the private key file " + file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path createParentDirectories(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        return directory;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the key was written, or the failure to write it is already being reported
        }
    }
}
