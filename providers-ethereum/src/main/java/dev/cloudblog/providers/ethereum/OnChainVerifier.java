package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Checks an {@code ethereum} anchor against the chain itself, trusting nothing but the node it
 * asks and the checkpoint it is given:
 *
 * <pre>{@code
 * try (OnChainVerifier verifier = OnChainVerifier.connect(URI.create("http://127.0.0.1:8545"), 3)) {
 *     AnchorCheck check = verifier.check(proof.checkpoint(), proof.anchors().get(0));
 *     check.steps().forEach(step -> System.out.println(step.name() + ": " + step.detail()));
 * }
 * }</pre>
 *
 * The steps: the receipt is an {@code ethereum} receipt naming a chain ({@link Failure#ANCHOR_MISMATCH});
 * the node serves that chain ({@link Failure#ANCHOR_WRONG_NETWORK}); the receipt is for this
 * checkpoint's tree size and root ({@link Failure#ANCHOR_MISMATCH}); the transaction is on the
 * chain ({@link Failure#ANCHOR_MISSING}, saying whether the registry holds the root at all); it is
 * mined ({@link Failure#ANCHOR_UNCONFIRMED}) and succeeded ({@link Failure#ANCHOR_MISMATCH}); it
 * records this checkpoint: the registry's {@code Anchored} log of the root, or calldata equal to
 * the checkpoint's text sent by an account to itself ({@link Failure#ANCHOR_MISMATCH}); it is
 * {@code confirmations} blocks deep ({@link Failure#ANCHOR_UNCONFIRMED}); its block's time is the
 * receipt's ({@link Failure#ANCHOR_MISMATCH}). A node that does not answer gives
 * {@link Failure#ANCHOR_UNREACHABLE}. Thread-safe.
 */
public final class OnChainVerifier implements AutoCloseable {

    private static final Pattern TRANSACTION_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private final ChainClient chain;
    private final int confirmations;
    private final Optional<String> expectedContract;
    private final boolean ownsChain;

    private OnChainVerifier(ChainClient chain, int confirmations, Optional<String> expectedContract,
                            boolean ownsChain) {
        if (confirmations < 1) {
            throw new IllegalArgumentException("confirmations must be at least 1, not " + confirmations);
        }
        this.chain = chain;
        this.confirmations = confirmations;
        this.expectedContract = expectedContract;
        this.ownsChain = ownsChain;
    }

    /** A verifier that asks the node at {@code url} and needs {@code confirmations} blocks. */
    public static OnChainVerifier connect(URI url, int confirmations) {
        return new OnChainVerifier(new ChainClient(url.toString(), Duration.ofSeconds(10)), confirmations,
                Optional.empty(), true);
    }

    /** The anchor's own verifier: also requires the receipt's contract to be the configured one. */
    static OnChainVerifier of(ChainClient chain, int confirmations, Optional<String> contract) {
        return new OnChainVerifier(chain, confirmations, contract, false);
    }

    /** Checks that {@code anchor} records {@code checkpoint} on the chain it names. */
    public AnchorCheck check(Checkpoint checkpoint, Anchor anchor) {
        Steps steps = new Steps();
        try {
            return steps.finish(run(checkpoint, anchor, steps));
        } catch (EthereumUnavailableException | AnchorFailedException e) {
            return steps.finish(steps.fail("node", Failure.ANCHOR_UNREACHABLE, e.getMessage()));
        }
    }

    private VerificationResult run(Checkpoint checkpoint, Anchor anchor, Steps steps) {
        if (!EthereumAnchorProvider.NAME.equals(anchor.anchorer()) || !anchor.network().matches("eip155:\\d{1,18}")) {
            return steps.fail("receipt", Failure.ANCHOR_MISMATCH, "the receipt is by '" + anchor.anchorer()
                    + "' on '" + anchor.network() + "', not an ethereum receipt naming a chain (eip155:<chain id>)");
        }
        long named = Long.parseLong(anchor.network().substring("eip155:".length()));
        String mode = String.valueOf(anchor.detail("mode"));
        if (!TRANSACTION_HASH.matcher(anchor.reference()).matches() || !mode.equals("contract")
                && !mode.equals("calldata")) {
            return steps.fail("receipt", Failure.ANCHOR_MISMATCH, "the receipt's reference '" + anchor.reference()
                    + "' is not a transaction hash, or its mode '" + mode + "' is neither contract nor calldata");
        }
        steps.pass("receipt", "an ethereum receipt in " + mode + " mode for transaction " + anchor.reference());

        long served = chain.chainId();
        if (served != named) {
            return steps.fail("chain id", Failure.ANCHOR_WRONG_NETWORK, "the receipt is for chain " + named
                    + " but the node at " + chain.url() + " serves chain " + served);
        }
        steps.pass("chain id", "the node serves chain " + served + ", as the receipt says");

        byte[] root = EthereumAnchorer.root(checkpoint);
        String rootHex = Numeric.toHexString(root);
        if (!String.valueOf(checkpoint.treeSize()).equals(anchor.detail("treeSize"))
                || !rootHex.equalsIgnoreCase(String.valueOf(anchor.detail("root")))) {
            return steps.fail("checkpoint", Failure.ANCHOR_MISMATCH, "the receipt is for the checkpoint of "
                    + anchor.detail("treeSize") + " leaves with root " + anchor.detail("root") + ", not this one of "
                    + checkpoint.treeSize() + " leaves with root " + rootHex);
        }
        steps.pass("checkpoint", "the receipt is for this checkpoint: " + checkpoint.treeSize() + " leaves, root "
                + rootHex);

        String contract = anchor.detail("contract");
        if (mode.equals("contract")) {
            if (contract == null || !contract.matches("0x[0-9a-fA-F]{40}")
                    || expectedContract.filter(expected -> !expected.equalsIgnoreCase(contract)).isPresent()) {
                return steps.fail("contract", Failure.ANCHOR_MISMATCH, "the receipt names the contract " + contract
                        + (expectedContract.map(expected -> ", not the configured registry " + expected).orElse("")));
            }
        }
        Optional<Transaction> transaction = chain.transaction(anchor.reference());
        if (transaction.isEmpty()) {
            return steps.fail("transaction", Failure.ANCHOR_MISSING, "transaction " + anchor.reference()
                    + " is not on chain " + served + ": it was never sent, was dropped, or was removed when the "
                    + "chain was reorganised" + registryNote(mode, contract, root));
        }
        steps.pass("transaction", "transaction " + anchor.reference() + " is on chain " + served);

        Optional<TransactionReceipt> mined = chain.receipt(anchor.reference());
        if (mined.isEmpty()) {
            return steps.fail("mined", Failure.ANCHOR_UNCONFIRMED, "transaction " + anchor.reference()
                    + " is waiting to be mined");
        }
        TransactionReceipt receipt = mined.get();
        if (!receipt.isStatusOK()) {
            return steps.fail("mined", Failure.ANCHOR_MISMATCH, "transaction " + anchor.reference()
                    + " reverted in block " + receipt.getBlockNumber() + ": it records nothing");
        }
        steps.pass("mined", "mined in block " + receipt.getBlockNumber() + " (" + receipt.getBlockHash() + ")");

        VerificationResult recorded = mode.equals("contract")
                ? recordedByRegistry(receipt, contract, root, steps)
                : recordedInCalldata(transaction.get(), checkpoint, steps);
        if (recorded != null) {
            return recorded;
        }

        BigInteger depth = chain.blockNumber().subtract(receipt.getBlockNumber()).add(BigInteger.ONE);
        if (depth.compareTo(BigInteger.valueOf(confirmations)) < 0) {
            return steps.fail("confirmations", Failure.ANCHOR_UNCONFIRMED, "block " + receipt.getBlockNumber()
                    + " has " + depth + " confirmation(s); " + confirmations + " are required");
        }
        steps.pass("confirmations", depth + " confirmation(s), at least the " + confirmations + " required");

        Instant blockTime = chain.block(receipt.getBlockNumber()).map(ChainClient.BlockInfo::time).orElse(null);
        if (!anchor.anchoredAt().equals(blockTime)) {
            return steps.fail("block time", Failure.ANCHOR_MISMATCH, "the receipt says " + anchor.anchoredAt()
                    + " but block " + receipt.getBlockNumber() + " was mined at " + blockTime);
        }
        steps.pass("block time", "block " + receipt.getBlockNumber() + " was mined at " + blockTime
                + ", as the receipt says");
        return VerificationResult.success();
    }

    private VerificationResult recordedByRegistry(TransactionReceipt receipt, String contract, byte[] root,
                                                  Steps steps) {
        if (receipt.getLogs().stream().noneMatch(log -> AnchorRegistry.records(log, contract, root))) {
            String found = receipt.getLogs().stream().map(log -> AnchorRegistry.anchoredRoot(log, contract))
                    .flatMap(Optional::stream).map(Numeric::toHexString).findFirst().orElse("nothing");
            return steps.fail("record", Failure.ANCHOR_MISMATCH, "the transaction's Anchored log of " + contract
                    + " records " + found + ", not the root " + Numeric.toHexString(root));
        }
        steps.pass("record", "the registry " + contract + " logged Anchored(" + Numeric.toHexString(root) + ")");
        return null;
    }

    private static VerificationResult recordedInCalldata(Transaction transaction, Checkpoint checkpoint,
                                                         Steps steps) {
        byte[] expected = EthereumAnchorer.calldata(checkpoint);
        byte[] input = Numeric.hexStringToByteArray(transaction.getInput());
        if (!Arrays.equals(expected, input) || transaction.getTo() == null
                || !transaction.getTo().equalsIgnoreCase(transaction.getFrom())) {
            return steps.fail("record", Failure.ANCHOR_MISMATCH, "the transaction's data is not this checkpoint's "
                    + "text sent by an account to itself");
        }
        steps.pass("record", "the transaction's data is the checkpoint's text, sent by " + transaction.getFrom()
                + " to itself");
        return null;
    }

    /** Whether the registry holds the root at all, for a transaction that is missing. */
    private String registryNote(String mode, String contract, byte[] root) {
        if (!mode.equals("contract")) {
            return "";
        }
        BigInteger at = AnchorRegistry.decodeAnchoredAt(root, chain.call(contract, AnchorRegistry.anchoredAtCall(root)));
        return at.signum() == 0
                ? "; the registry " + contract + " has never anchored this root"
                : "; the registry " + contract + " holds this root since " + Instant.ofEpochSecond(at.longValueExact())
                        + ", anchored by another transaction";
    }

    @Override
    public void close() {
        if (ownsChain) {
            chain.close();
        }
    }

    /** The steps taken so far. */
    private static final class Steps {

        private final List<AnchorCheck.Step> taken = new ArrayList<>();

        void pass(String name, String detail) {
            taken.add(new AnchorCheck.Step(name, true, detail));
        }

        VerificationResult fail(String name, Failure failure, String detail) {
            taken.add(new AnchorCheck.Step(name, false, detail));
            return VerificationResult.failed(failure, detail);
        }

        AnchorCheck finish(VerificationResult result) {
            return new AnchorCheck(taken, result);
        }
    }
}
