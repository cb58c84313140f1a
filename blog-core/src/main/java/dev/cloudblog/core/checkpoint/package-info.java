/**
 * Signed checkpoints of a transparency log: a log's origin, tree size and Merkle root hash,
 * written as a <a href="https://c2sp.org/tlog-checkpoint">C2SP checkpoint</a> and signed with
 * Ed25519 as a <a href="https://c2sp.org/signed-note">C2SP signed note</a>, so that the notes
 * are accepted by the Go ecosystem ({@code golang.org/x/mod/sumdb/note}, witnesses, monitors).
 *
 * <p>For example, this is a checkpoint of the Go checksum database, signed by the key that the
 * verifier key {@code sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8}
 * stands for:
 *
 * <pre>{@code
 * go.sum database tree
 * 31700353
 * qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=
 *
 * — sum.golang.org Az3grnmrIUEDFqHzAElIQCPNoRFRAAdFo47fooyWKMHb89k11GJh5zHIfNCOBmwn/C3YI8oW9/C8DJ87F61QqspBYwM=
 * }</pre>
 *
 * <p>{@link dev.cloudblog.core.checkpoint.CheckpointBody} is the three-line note text,
 * {@link dev.cloudblog.core.checkpoint.CheckpointSigner} signs it with a named key,
 * {@link dev.cloudblog.core.checkpoint.CheckpointVerifier} checks a signed note against one
 * trusted key (shared as a verifier key string {@code <name>+<key hash>+<base64 key>}) and
 * reports failures as a {@link dev.cloudblog.core.checkpoint.CheckpointException} with a
 * {@link dev.cloudblog.core.checkpoint.CheckpointException.Reason reason}, and
 * {@link dev.cloudblog.core.checkpoint.SigningKeys} generates, stores and loads the key pair
 * (PEM or DER, PKCS#8 and X.509, as OpenSSL writes them).
 *
 * <p>Every class here is either stateless or immutable, and so thread-safe.
 */
package dev.cloudblog.core.checkpoint;
