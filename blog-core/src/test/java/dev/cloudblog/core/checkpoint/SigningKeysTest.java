package dev.cloudblog.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Signing keys")
class SigningKeysTest {

    @TempDir
    Path directory;

    static Path fixture(String name) {
        try {
            return Path.of(SigningKeysTest.class.getResource("/checkpoint/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static void assertSameKeys(KeyPair actual, KeyPair expected) {
        assertThat(actual.getPrivate().getEncoded()).isEqualTo(expected.getPrivate().getEncoded());
        assertThat(actual.getPublic().getEncoded()).isEqualTo(expected.getPublic().getEncoded());
    }

    private String permissions(Path file) throws IOException {
        assumeTrue(Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class),
                "the file system has POSIX permissions");
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Nested
    @DisplayName("in memory")
    class InMemory {

        @Test
        @DisplayName("are generated as Ed25519 key pairs that sign")
        void generate() {
            KeyPair keys = SigningKeys.generate();

            assertThat(keys.getPublic().getEncoded()).hasSize(44)
                    .startsWith(HexFormat.of().parseHex("302a300506032b6570032100"));
            assertThat(Ed25519.isPair(keys.getPrivate(), keys.getPublic())).isTrue();
            assertThat(SigningKeys.generate().getPublic()).isNotEqualTo(keys.getPublic());
        }

        @Test
        @DisplayName("round-trip a public key through its 32 raw bytes")
        void rawRoundTrip() {
            KeyPair keys = SigningKeys.generate();

            byte[] raw = SigningKeys.rawPublicKey(keys.getPublic());

            assertThat(raw).hasSize(32)
                    .isEqualTo(Arrays.copyOfRange(keys.getPublic().getEncoded(), 12, 44));
            assertThat(SigningKeys.publicKeyFromRaw(raw)).isEqualTo(keys.getPublic());
        }

        @Test
        @DisplayName("refuse raw bytes that are not an Ed25519 public key")
        void refuseBadRaw() {
            byte[] notAPoint = new byte[32];
            Arrays.fill(notAPoint, (byte) 0xff);

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.publicKeyFromRaw(new byte[31]))
                    .withMessageContaining("32 bytes, not 31");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.publicKeyFromRaw(new byte[33]))
                    .withMessageContaining("32 bytes, not 33");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.publicKeyFromRaw(notAPoint))
                    .withMessageContaining("not a valid Ed25519 public key");
        }

        @DisplayName("refuse a public key of another algorithm")
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Ed448", "EC", "RSA", "X25519"})
        void refuseOtherAlgorithms(String algorithm) throws Exception {
            KeyPair other = KeyPairGenerator.getInstance(algorithm).generateKeyPair();

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.rawPublicKey(other.getPublic()))
                    .withMessageContaining("not an Ed25519 public key");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.publicKeyPem(other.getPublic()))
                    .withMessageContaining("not an Ed25519 public key");
        }

        @Test
        @DisplayName("export a public key as the PEM that OpenSSL writes")
        void publicKeyPem() throws IOException {
            KeyPair peter = SigningKeys.load(fixture("peter-neumann.pem"), fixture("peter-neumann.pub.pem"));

            assertThat(SigningKeys.publicKeyPem(peter.getPublic()))
                    .isEqualTo(Files.readString(fixture("peter-neumann.pub.pem"), StandardCharsets.US_ASCII))
                    .isEqualTo("-----BEGIN PUBLIC KEY-----\n"
                            + "MCowBQYDK2VwAyEAGlzZBxQ8OExB6DDFvOEqqIF+xWSaqr8sMTiLNbLXRNY=\n"
                            + "-----END PUBLIC KEY-----\n");
        }
    }

    @Nested
    @DisplayName("in files")
    class InFiles {

        @Test
        @DisplayName("round-trip through PEM files, created with their parent directories")
        void pemRoundTrip() throws IOException {
            KeyPair keys = SigningKeys.generate();
            Path privateKey = directory.resolve("a/b/key.pem");
            Path publicKey = directory.resolve("c/key.pub.pem");

            SigningKeys.write(keys, privateKey, publicKey);

            assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n")
                    .endsWith("\n-----END PRIVATE KEY-----\n");
            assertThat(Files.readString(publicKey)).isEqualTo(SigningKeys.publicKeyPem(keys.getPublic()));
            assertSameKeys(SigningKeys.load(privateKey, publicKey), keys);
        }

        @Test
        @DisplayName("round-trip through DER files, and through a PEM and a DER file")
        void derRoundTrip() throws IOException {
            KeyPair keys = SigningKeys.generate();
            Path privateDer = Files.write(directory.resolve("key.der"), keys.getPrivate().getEncoded());
            Path publicDer = Files.write(directory.resolve("key.pub.der"), keys.getPublic().getEncoded());
            Path privatePem = directory.resolve("key.pem");
            Path publicPem = directory.resolve("key.pub.pem");
            SigningKeys.write(keys, privatePem, publicPem);

            assertSameKeys(SigningKeys.load(privateDer, publicDer), keys);
            assertSameKeys(SigningKeys.load(privatePem, publicDer), keys);
            assertSameKeys(SigningKeys.load(privateDer, publicPem), keys);
        }

        @Test
        @DisplayName("load the PEM and DER files of OpenSSL as the same key pair")
        void openSslFiles() {
            KeyPair pem = SigningKeys.load(fixture("peter-neumann.pem"), fixture("peter-neumann.pub.pem"));
            KeyPair der = SigningKeys.load(fixture("peter-neumann.der"), fixture("peter-neumann.pub.der"));

            assertSameKeys(der, pem);
        }

        @Test
        @DisplayName("read PEM with CRLF line ends, short lines and text around the block")
        void lenientPem() throws IOException {
            KeyPair keys = SigningKeys.generate();
            String privateBase64 = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
            Path privateKey = Files.writeString(directory.resolve("key.pem"),
                    "Key for checkpoints\r\n-----BEGIN PRIVATE KEY-----\r\n" + privateBase64.substring(0, 20) + "\r\n"
                            + privateBase64.substring(20) + "\r\n-----END PRIVATE KEY-----\r\ntrailer\r\n");
            Path publicKey = Files.writeString(directory.resolve("key.pub.pem"),
                    "\n\n" + SigningKeys.publicKeyPem(keys.getPublic()) + "\n");

            assertSameKeys(SigningKeys.load(privateKey, publicKey), keys);
        }

        @Test
        @DisplayName("write the private key readable by its owner only (rw-------), also when replacing a file")
        void ownerOnly() throws IOException {
            Path privateKey = directory.resolve("key.pem");
            Path publicKey = directory.resolve("key.pub.pem");
            KeyPair second = SigningKeys.generate();

            SigningKeys.write(SigningKeys.generate(), privateKey, publicKey);
            assertThat(permissions(privateKey)).isEqualTo("rw-------");
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-r--r--"));
            SigningKeys.write(second, privateKey, publicKey);

            assertThat(permissions(privateKey)).isEqualTo("rw-------");
            assertThat(permissions(publicKey)).startsWith("rw-");
            assertSameKeys(SigningKeys.load(privateKey, publicKey), second);
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("key.pem", "key.pub.pem");
            }
        }

        @Test
        @DisplayName("refuse a missing file or a directory, naming it")
        void missing() throws IOException {
            KeyPair keys = SigningKeys.generate();
            Path privateKey = directory.resolve("key.pem");
            Path publicKey = directory.resolve("key.pub.pem");
            Path absent = directory.resolve("absent.pem");
            SigningKeys.write(keys, privateKey, publicKey);

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(absent, publicKey))
                    .withMessage("the private key file " + absent + " does not exist");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(privateKey, absent))
                    .withMessage("the public key file " + absent + " does not exist");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(directory, publicKey))
                    .withMessage("the private key file " + directory + " is not a regular file");
        }

        @Test
        @DisplayName("refuse a private and a public key of different key pairs, naming both files")
        void mismatched() {
            Path privateKey = directory.resolve("one.pem");
            Path publicKey = directory.resolve("two.pub.pem");
            SigningKeys.write(SigningKeys.generate(), privateKey, directory.resolve("one.pub.pem"));
            SigningKeys.write(SigningKeys.generate(), directory.resolve("two.pem"), publicKey);

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(privateKey, publicKey))
                    .withMessage("the private key file " + privateKey + " and the public key file " + publicKey
                            + " hold keys of different key pairs");
        }

        @DisplayName("refuse keys of another algorithm, naming the file")
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Ed448", "EC", "RSA"})
        void otherAlgorithm(String algorithm) throws Exception {
            KeyPair other = KeyPairGenerator.getInstance(algorithm).generateKeyPair();
            KeyPair keys = SigningKeys.generate();
            Path privateKey = directory.resolve("key.pem");
            Path publicKey = directory.resolve("key.pub.pem");
            SigningKeys.write(keys, privateKey, publicKey);
            Path otherPrivate = Files.writeString(directory.resolve("other.pem"), pem("PRIVATE KEY", other.getPrivate().getEncoded()));
            Path otherPublic = Files.writeString(directory.resolve("other.pub.pem"), pem("PUBLIC KEY", other.getPublic().getEncoded()));

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(otherPrivate, publicKey))
                    .withMessageStartingWith("the private key file " + otherPrivate + " does not hold an Ed25519 private key");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(privateKey, otherPublic))
                    .withMessageStartingWith("the public key file " + otherPublic + " does not hold an Ed25519 public key");
        }

        @Test
        @DisplayName("refuse files that do not hold the expected kind of key, naming them")
        void wrongContent() throws IOException {
            KeyPair keys = SigningKeys.generate();
            Path privateKey = directory.resolve("key.pem");
            Path publicKey = directory.resolve("key.pub.pem");
            SigningKeys.write(keys, privateKey, publicKey);
            Path goSignerKey = Files.writeString(directory.resolve("go.key"),
                    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz\n");
            Path openSsh = Files.writeString(directory.resolve("id_ed25519"),
                    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
            Path brokenPem = Files.writeString(directory.resolve("broken.pem"),
                    "-----BEGIN PRIVATE KEY-----\nMC4CAQAw*BQYDK2VwBCIEIIEK\n-----END PRIVATE KEY-----\n");
            Path unterminated = Files.writeString(directory.resolve("unterminated.pem"),
                    "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIIEK\n");

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(publicKey, publicKey))
                    .withMessage("the private key file " + publicKey + " holds PEM \"-----BEGIN PUBLIC KEY-----\", not a"
                            + " \"-----BEGIN PRIVATE KEY-----\" ... \"-----END PRIVATE KEY-----\" block");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(privateKey, privateKey))
                    .withMessageStartingWith("the public key file " + privateKey + " holds PEM \"-----BEGIN PRIVATE KEY-----\"");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(goSignerKey, publicKey))
                    .withMessageStartingWith("the private key file " + goSignerKey + " does not hold an Ed25519 private key");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(openSsh, publicKey))
                    .withMessageContaining(openSsh + " holds PEM \"-----BEGIN OPENSSH PRIVATE KEY-----\"");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(brokenPem, publicKey))
                    .withMessageStartingWith("the PEM block of the private key file " + brokenPem + " is not base64");
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.load(unterminated, publicKey))
                    .withMessage("the private key file " + unterminated + " has no \"-----END PRIVATE KEY-----\" line"
                            + " after its \"-----BEGIN PRIVATE KEY-----\"");
        }

        @Test
        @DisplayName("refuse to write a key pair whose keys do not belong together")
        void writeRefusesMismatch() {
            KeyPair mixed = new KeyPair(SigningKeys.generate().getPublic(), SigningKeys.generate().getPrivate());
            Path privateKey = directory.resolve("key.pem");

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SigningKeys.write(mixed, privateKey, directory.resolve("key.pub.pem")))
                    .withMessageContaining("not the one of its private key");
            assertThat(privateKey).doesNotExist();
        }
    }

    @Nested
    @DisplayName("in a key directory")
    class InADirectory {

        @Test
        @DisplayName("are generated once, then read back as the same key pair")
        void loadOrCreate() throws IOException {
            Path keys = directory.resolve("state/keys");

            KeyPair created = SigningKeys.loadOrCreate(keys);
            String privatePem = Files.readString(keys.resolve("checkpoint-key.pem"));
            KeyPair reloaded = SigningKeys.loadOrCreate(keys);

            assertSameKeys(reloaded, created);
            assertThat(Files.readString(keys.resolve("checkpoint-key.pem"))).isEqualTo(privatePem);
            assertThat(Files.readString(keys.resolve("checkpoint-key.pub.pem")))
                    .isEqualTo(SigningKeys.publicKeyPem(created.getPublic()));
            assertThat(permissions(keys.resolve("checkpoint-key.pem"))).isEqualTo("rw-------");
            assertThat(new CheckpointSigner("example.com/blog", reloaded).verifier().verifierKey())
                    .isEqualTo(new CheckpointSigner("example.com/blog", created).verifier().verifierKey());
        }

        @Test
        @DisplayName("are read from files put there beforehand, such as OpenSSL's")
        void existingFiles() throws IOException {
            Files.copy(fixture("peter-neumann.pem"), directory.resolve("checkpoint-key.pem"));
            Files.copy(fixture("peter-neumann.pub.der"), directory.resolve("checkpoint-key.pub.pem"));

            assertSameKeys(SigningKeys.loadOrCreate(directory),
                    SigningKeys.load(fixture("peter-neumann.der"), fixture("peter-neumann.pub.pem")));
        }

        @Test
        @DisplayName("are never overwritten when only one of the two files is there")
        void refusesHalfAPair() throws IOException {
            Path privateKey = directory.resolve("checkpoint-key.pem");
            Path publicKey = directory.resolve("checkpoint-key.pub.pem");
            SigningKeys.loadOrCreate(directory);
            String privatePem = Files.readString(privateKey);
            Files.delete(publicKey);

            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.loadOrCreate(directory))
                    .withMessageStartingWith("the private key file " + privateKey + " exists but the public key file "
                            + publicKey + " does not");
            assertThat(Files.readString(privateKey)).isEqualTo(privatePem);
            assertThat(publicKey).doesNotExist();

            Files.move(privateKey, publicKey);
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKeys.loadOrCreate(directory))
                    .withMessageStartingWith("the public key file " + publicKey + " exists but the private key file "
                            + privateKey + " does not");
            assertThat(privateKey).doesNotExist();
        }
    }
}
