package dev.cloudblog.providers.ethereum;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An EIP-1559 transaction signed and ready to send, or sent.
 *
 * @param hash                 its hash, known before it is sent
 * @param raw                  its signed bytes as hex, to send again when a node forgets it
 * @param nonce                the signing account's nonce it uses
 * @param gasLimit             the most gas it may use
 * @param maxFeePerGas         the most it pays per gas
 * @param maxPriorityFeePerGas the most it tips per gas
 */
record SignedTransaction(String hash, String raw, BigInteger nonce, BigInteger gasLimit, BigInteger maxFeePerGas,
                         BigInteger maxPriorityFeePerGas) {

    SignedTransaction {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
        Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    }
}
