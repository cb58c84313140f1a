package dev.cloudblog.providers.ethereum;

import java.math.BigInteger;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Builds and signs EIP-1559 transactions of the signing account, with fees the node suggests
 * held under the configured caps. Thread-safe.
 */
final class TransactionSigner {

    /** A replacement must raise both fees by at least 10%; this raises them by 12.5%, rounded up. */
    private static final BigInteger BUMP_NUMERATOR = BigInteger.valueOf(9);
    private static final BigInteger BUMP_DENOMINATOR = BigInteger.valueOf(8);

    private final ChainClient chain;
    private final long chainId;
    private final Credentials credentials;
    private final BigInteger maxFeeCap;
    private final BigInteger tipCap;

    TransactionSigner(ChainClient chain, long chainId, Credentials credentials, BigInteger maxFeeCap,
                      BigInteger tipCap) {
        this.chain = chain;
        this.chainId = chainId;
        this.credentials = credentials;
        this.maxFeeCap = maxFeeCap;
        this.tipCap = tipCap;
    }

    String account() {
        return credentials.getAddress();
    }

    /**
     * Signs a transaction with fees for the latest block: a tip as the node suggests, at most the
     * cap, and a fee cap of twice the base fee plus the tip, at most the configured cap.
     *
     * @param to {@code null} to create a contract
     * @throws AnchorFailedException if the base fee and the tip together exceed the fee cap
     */
    SignedTransaction sign(BigInteger nonce, String to, String data, BigInteger gasLimit) {
        BigInteger baseFee = chain.latestBlock().baseFee();
        BigInteger tip = chain.maxPriorityFeePerGas().min(tipCap);
        BigInteger needed = (baseFee == null ? BigInteger.ZERO : baseFee).add(tip);
        if (needed.compareTo(maxFeeCap) > 0) {
            throw new AnchorFailedException("the chain's base fee " + baseFee + " wei plus a tip of " + tip
                    + " wei is above blog.ethereum.max-fee-per-gas, " + maxFeeCap + " wei; waiting for cheaper blocks");
        }
        BigInteger maxFee = needed.add(baseFee == null ? BigInteger.ZERO : baseFee).min(maxFeeCap);
        return sign(nonce, to, data, gasLimit, maxFee, tip);
    }

    /**
     * The same transaction (same nonce, gas limit, recipient and data) with both fees raised by an
     * eighth, so that nodes take it in place of {@code stuck}; within the caps.
     *
     * @throws AnchorFailedException if the caps leave no room for a raise
     */
    SignedTransaction replace(SignedTransaction stuck, String to, String data) {
        BigInteger maxFee = bump(stuck.maxFeePerGas()).min(maxFeeCap);
        BigInteger tip = bump(stuck.maxPriorityFeePerGas()).min(tipCap).min(maxFee);
        if (maxFee.equals(stuck.maxFeePerGas()) || tip.equals(stuck.maxPriorityFeePerGas())) {
            throw new AnchorFailedException("transaction " + stuck.hash() + " is not mined and its fees are at the "
                    + "caps (blog.ethereum.max-fee-per-gas, blog.ethereum.max-priority-fee-per-gas): raise them "
                    + "to have it replaced");
        }
        return sign(stuck.nonce(), to, data, stuck.gasLimit(), maxFee, tip);
    }

    private static BigInteger bump(BigInteger fee) {
        return fee.multiply(BUMP_NUMERATOR).add(BUMP_DENOMINATOR.subtract(BigInteger.ONE)).divide(BUMP_DENOMINATOR)
                .max(fee.add(BigInteger.ONE));
    }

    private SignedTransaction sign(BigInteger nonce, String to, String data, BigInteger gasLimit, BigInteger maxFee,
                                   BigInteger tip) {
        RawTransaction transaction = RawTransaction.createTransaction(chainId, nonce, gasLimit,
                to == null ? "" : to, BigInteger.ZERO, data, tip, maxFee);
        byte[] signed = TransactionEncoder.signMessage(transaction, credentials);
        return new SignedTransaction(Numeric.toHexString(Hash.sha3(signed)), Numeric.toHexString(signed), nonce,
                gasLimit, maxFee, tip);
    }
}
