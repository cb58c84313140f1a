/** Verification: proofs that a post's revision is in the append-only log, unaltered. */
package dev.cloudblog.api.verification;
