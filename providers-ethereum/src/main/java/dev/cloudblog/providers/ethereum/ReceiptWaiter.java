package dev.cloudblog.providers.ethereum;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Waits, polling the node, until a transaction is mined and buried under enough blocks. Waits use
 * the system's monotonic time, not the blog's clock. Thread-safe.
 */
final class ReceiptWaiter {

    private final ChainClient chain;
    private final int confirmations;
    private final Duration pollInterval;
    private final Duration timeout;

    /**
     * @param confirmations blocks that must hold or follow the transaction's block, itself counted
     * @param timeout       how long one wait may last
     */
    ReceiptWaiter(ChainClient chain, int confirmations, Duration pollInterval, Duration timeout) {
        this.chain = chain;
        this.confirmations = confirmations;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /** The {@link System#nanoTime()} at which a wait starting now gives up. */
    long deadline() {
        return System.nanoTime() + timeout.toNanos();
    }

    /**
     * Waits until one of {@code hashes} is mined and {@code confirmations} blocks deep.
     *
     * @return that transaction's receipt, read again once deep enough
     * @throws AnchorFailedException once {@code deadline} has passed, or if interrupted
     * @throws EthereumUnavailableException if the node stops answering
     */
    TransactionReceipt awaitConfirmed(List<String> hashes, long deadline) {
        while (true) {
            for (String hash : hashes) {
                Optional<TransactionReceipt> receipt = chain.receipt(hash);
                if (receipt.isPresent() && deepEnough(receipt.get())) {
                    return receipt.get();
                }
            }
            pause(deadline, "transaction " + hashes.get(hashes.size() - 1) + " to be mined and " + confirmations
                    + " block(s) deep");
        }
    }

    private boolean deepEnough(TransactionReceipt receipt) {
        BigInteger depth = chain.blockNumber().subtract(receipt.getBlockNumber()).add(BigInteger.ONE);
        return depth.compareTo(BigInteger.valueOf(confirmations)) >= 0;
    }

    private void pause(long deadline, String awaited) {
        if (System.nanoTime() - deadline >= 0) {
            throw new AnchorFailedException("waited " + timeout + " for " + awaited
                    + "; the next attempt resumes the wait");
        }
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnchorFailedException("interrupted while waiting for " + awaited);
        }
    }
}
