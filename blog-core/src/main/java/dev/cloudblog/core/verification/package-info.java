/**
 * Verification: the append-only revision log (an RFC 9162 Merkle tree over each revision's
 * canonical bytes), signed checkpoints cut in batches, proofs and their offline verifier, and the
 * audit of the store against the log.
 */
package dev.cloudblog.core.verification;
