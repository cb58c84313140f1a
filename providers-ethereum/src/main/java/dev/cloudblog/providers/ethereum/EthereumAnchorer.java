package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import dev.cloudblog.spi.anchor.Anchorer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Anchors checkpoints on an Ethereum chain, one transaction per checkpoint, and checks such
 * anchors on chain.
 *
 * <p><b>Anchoring</b> ({@link #anchor}) blocks until the checkpoint's transaction is mined and
 * {@code blog.ethereum.confirmations} blocks deep, or {@code blog.ethereum.receipt-timeout} has
 * passed. Before a transaction is sent it is written to the {@link AnchorJournal}; an attempt
 * that fails or times out leaves it there, and the next attempt for that checkpoint, in this
 * process or after a restart, resumes it: it waits for it if the node knows it, sends the same
 * signed bytes again if the node forgot it, signs it again with a fresh nonce if its nonce was
 * taken, and replaces it with raised fees if it waited longer than the timeout. In contract mode
 * a root the registry already holds is never sent again: its {@code Anchored} log is the receipt.
 *
 * <p><b>A receipt</b> ({@link Anchor}) has network {@code eip155:<chain id>}, the transaction
 * hash as reference, the block's time, and the details {@code mode}, {@code account},
 * {@code block}, {@code blockHash}, {@code treeSize}, {@code root} (hex), {@code gasUsed} and, in
 * contract mode, {@code contract}.
 *
 * <p><b>Checking</b> ({@link #check}) asks the node and fails with {@link Failure#ANCHOR_WRONG_NETWORK}
 * when the receipt names another chain, {@link Failure#ANCHOR_MISSING} when its transaction is not
 * on the chain (never anchored, dropped, or removed by a reorganisation; the detail says whether
 * the registry holds the root some other way), {@link Failure#ANCHOR_UNCONFIRMED} when it is not
 * mined or not deep enough yet, {@link Failure#ANCHOR_MISMATCH} when it records another checkpoint,
 * reverted, or the receipt's time or size differ from the chain's, and
 * {@link Failure#ANCHOR_UNREACHABLE} when the node does not answer.
 *
 * <p>Meters: {@code blog.ethereum.anchors} (counter), {@code blog.ethereum.anchor.latency}
 * (timer, from first send to confirmation), {@code blog.ethereum.anchor.gas} (summary of gas
 * used per anchor) and {@code blog.ethereum.resends{reason}} ({@code rebroadcast},
 * {@code renonced}, {@code replaced}). Thread-safe: anchoring is serialized.
 */
final class EthereumAnchorer implements Anchorer {

    private static final Logger LOG = LoggerFactory.getLogger(EthereumAnchorer.class);

    private final EthereumSettings settings;
    private final ChainClient chain;
    private final TransactionSigner signer;
    private final AnchorJournal journal;
    private final Clock clock;
    private final String network;
    private final Counter anchors;
    private final Timer latency;
    private final DistributionSummary gas;
    private final MeterRegistry registry;
    private final OnChainVerifier verifier;
    private final ReceiptWaiter waiter;
    private volatile boolean chainChecked;

    EthereumAnchorer(EthereumSettings settings, ChainClient chain, Clock clock, MeterRegistry registry) {
        this.settings = settings;
        this.chain = chain;
        this.signer = new TransactionSigner(chain, settings.chainId(), settings.credentials(), settings.maxFeePerGas(),
                settings.maxPriorityFeePerGas());
        this.journal = new AnchorJournal(settings.journal());
        this.clock = clock;
        this.network = "eip155:" + settings.chainId();
        this.registry = registry;
        this.waiter = new ReceiptWaiter(chain, settings.confirmations(), settings.pollInterval(),
                settings.receiptTimeout());
        this.verifier = OnChainVerifier.of(chain, settings.confirmations(), settings.contract()
                .filter(contract -> settings.mode() == AnchorMode.CONTRACT));
        this.anchors = Counter.builder("blog.ethereum.anchors").description("Checkpoints anchored on chain")
                .register(registry);
        this.latency = Timer.builder("blog.ethereum.anchor.latency")
                .description("From a checkpoint's first transaction to its confirmation").register(registry);
        this.gas = DistributionSummary.builder("blog.ethereum.anchor.gas").baseUnit("gas")
                .description("Gas used by each anchoring transaction").register(registry);
    }

    /**
     * Checks that the node serves the configured chain and, in contract mode, that the registry
     * is deployed there. Called at start; anchoring calls it until it has passed once.
     *
     * @throws BlogConfigurationException if the node serves another chain or holds no contract at
     *         the configured address
     * @throws EthereumUnavailableException if the node does not answer
     */
    void checkChain() {
        long served = chain.chainId();
        if (served != settings.chainId()) {
            throw new BlogConfigurationException("the Ethereum node at " + chain.url() + " serves chain " + served
                    + ", but blog.ethereum.chain-id is " + settings.chainId());
        }
        if (settings.mode() == AnchorMode.CONTRACT) {
            String contract = settings.contract().orElseThrow();
            String code = chain.code(contract);
            if (code == null || Numeric.cleanHexPrefix(code).isEmpty()) {
                throw new BlogConfigurationException("chain " + served + " holds no contract at " + contract
                        + " (blog.ethereum.contract): deploy the AnchorRegistry with "
                        + AnchorRegistryDeployer.class.getName() + " and set its address");
            }
        }
        chainChecked = true;
    }

    @Override
    public synchronized Anchor anchor(Checkpoint checkpoint) {
        if (!chainChecked) {
            checkChain();
        }
        byte[] root = root(checkpoint);
        String rootHex = Numeric.toHexString(root);
        long deadline = waiter.deadline();
        if (settings.mode() == AnchorMode.CONTRACT) {
            Optional<Log> registered = registered(root);
            if (registered.isPresent()) {
                Anchor anchor = receipt(checkpoint, rootHex, waiter.awaitConfirmed(
                        List.of(registered.get().getTransactionHash()), deadline));
                journal.remove(checkpoint.treeSize(), rootHex);
                return anchor;
            }
        }
        String data = data(checkpoint, root);
        String to = recipient();
        PendingAnchor pending = journal.find(checkpoint.treeSize(), rootHex)
                .map(found -> resume(found, to, data))
                .orElseGet(() -> send(new PendingAnchor(checkpoint.treeSize(), rootHex,
                        signer.sign(chain.nonce(signer.account(), true), to, data, gasLimit(to, data)),
                        clock.instant()), null));
        TransactionReceipt receipt = waiter.awaitConfirmed(
                pending.sent().stream().map(SignedTransaction::hash).toList(), deadline);
        if (!receipt.isStatusOK()) {
            journal.remove(checkpoint.treeSize(), rootHex);
            if (settings.mode() == AnchorMode.CONTRACT && registered(root).isPresent()) {
                return anchor(checkpoint);
            }
            throw new AnchorFailedException("transaction " + receipt.getTransactionHash() + " anchoring the checkpoint"
                    + " of " + checkpoint.treeSize() + " leaves reverted; a new one is sent at the next attempt");
        }
        Anchor anchor = receipt(checkpoint, rootHex, receipt);
        journal.remove(checkpoint.treeSize(), rootHex);
        anchors.increment();
        gas.record(receipt.getGasUsed().doubleValue());
        latency.record(Duration.between(pending.firstSent(), clock.instant()).abs());
        LOG.info("Anchored the checkpoint of {} leaves on chain {} in transaction {} (block {}, {} gas)",
                checkpoint.treeSize(), settings.chainId(), receipt.getTransactionHash(), receipt.getBlockNumber(),
                receipt.getGasUsed());
        return anchor;
    }

    /** Picks up a checkpoint's transactions from the journal. */
    private PendingAnchor resume(PendingAnchor pending, String to, String data) {
        for (SignedTransaction sent : pending.sent()) {
            if (chain.receipt(sent.hash()).isPresent()) {
                return pending;
            }
        }
        SignedTransaction latest = pending.latest();
        Optional<Transaction> known = chain.transaction(latest.hash());
        if (known.isPresent()) {
            if (clock.instant().isAfter(pending.lastSent().plus(settings.receiptTimeout()))) {
                resent("replaced");
                LOG.warn("Transaction {} has waited {} unmined; replacing it with raised fees", latest.hash(),
                        settings.receiptTimeout());
                return send(pending, signer.replace(latest, to, data));
            }
            return pending;
        }
        if (chain.nonce(signer.account(), false).compareTo(latest.nonce()) > 0) {
            resent("renonced");
            LOG.warn("Transaction {} was dropped and its nonce {} is taken; signing it again with a fresh nonce",
                    latest.hash(), latest.nonce());
            return send(pending, signer.sign(chain.nonce(signer.account(), true), to, data, latest.gasLimit()));
        }
        resent("rebroadcast");
        LOG.warn("The node does not know transaction {}; sending it again", latest.hash());
        return submit(pending, latest);
    }

    /** Journals {@code pending} plus {@code next} (when not null), then sends the newest transaction. */
    private PendingAnchor send(PendingAnchor pending, SignedTransaction next) {
        PendingAnchor updated = next == null ? pending : pending.plus(next, clock.instant());
        journal.save(updated);
        return submit(updated, updated.latest());
    }

    /**
     * Sends a transaction of {@code pending}. A refusal is no failure when the node already has it,
     * or when an earlier transaction of the checkpoint was mined meanwhile (its nonce is then used).
     */
    private PendingAnchor submit(PendingAnchor pending, SignedTransaction transaction) {
        ChainClient.Submission submission = chain.sendRaw(transaction.raw(), transaction.hash());
        if (!submission.accepted() && !submission.error().toLowerCase(Locale.ROOT).contains("already known")
                && pending.sent().stream().noneMatch(sent -> chain.receipt(sent.hash()).isPresent())) {
            throw new AnchorFailedException("the node at " + chain.url() + " refused transaction "
                    + transaction.hash() + " (nonce " + transaction.nonce() + "): " + submission.error());
        }
        return pending;
    }

    private void resent(String reason) {
        Counter.builder("blog.ethereum.resends").tag("reason", reason)
                .description("Anchoring transactions sent again: the same bytes, with a fresh nonce, or with raised fees")
                .register(registry).increment();
    }

    /** The registry's {@code Anchored} log of this root, if the registry holds it. */
    private Optional<Log> registered(byte[] root) {
        String contract = settings.contract().orElseThrow();
        if (AnchorRegistry.decodeAnchoredAt(root, chain.call(contract, AnchorRegistry.anchoredAtCall(root)))
                .signum() == 0) {
            return Optional.empty();
        }
        EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST, contract)
                .addSingleTopic(AnchorRegistry.ANCHORED_TOPIC).addSingleTopic(AnchorRegistry.rootTopic(root));
        return chain.logs(filter).stream().filter(log -> AnchorRegistry.records(log, contract, root)).findFirst();
    }

    private Anchor receipt(Checkpoint checkpoint, String rootHex, TransactionReceipt receipt) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("mode", settings.mode().name().toLowerCase(Locale.ROOT));
        settings.contract().filter(contract -> settings.mode() == AnchorMode.CONTRACT)
                .ifPresent(contract -> details.put("contract", contract));
        details.put("account", receipt.getFrom());
        details.put("block", receipt.getBlockNumber().toString());
        details.put("blockHash", receipt.getBlockHash());
        details.put("treeSize", Long.toString(checkpoint.treeSize()));
        details.put("root", rootHex);
        details.put("gasUsed", receipt.getGasUsed().toString());
        Instant blockTime = chain.block(receipt.getBlockNumber()).orElseThrow(() -> new AnchorFailedException(
                "block " + receipt.getBlockNumber() + " of transaction " + receipt.getTransactionHash()
                        + " is gone: the chain was reorganised; the next attempt anchors again")).time();
        return new Anchor(EthereumAnchorProvider.NAME, network, receipt.getTransactionHash(), blockTime, details);
    }

    @Override
    public VerificationResult check(Checkpoint checkpoint, Anchor anchor) {
        return verifier.check(checkpoint, anchor).result();
    }

    /** What the transaction carries for this checkpoint in the configured mode. */
    private String data(Checkpoint checkpoint, byte[] root) {
        return settings.mode() == AnchorMode.CONTRACT
                ? AnchorRegistry.anchorCall(root)
                : Numeric.toHexString(calldata(checkpoint));
    }

    /** The calldata-mode payload: the checkpoint's body, {@code <origin>\n<size>\n<base64 root>\n}. */
    static byte[] calldata(Checkpoint checkpoint) {
        return (checkpoint.origin() + "\n" + checkpoint.treeSize() + "\n" + checkpoint.rootHash() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String recipient() {
        return settings.mode() == AnchorMode.CONTRACT ? settings.contract().orElseThrow() : signer.account();
    }

    /** The gas the node estimates plus a quarter, at most {@code blog.ethereum.max-gas}. */
    private BigInteger gasLimit(String to, String data) {
        BigInteger estimate = chain.estimateGas(signer.account(), to, data);
        BigInteger limit = estimate.add(estimate.shiftRight(2));
        if (estimate.compareTo(settings.maxGas()) > 0) {
            throw new AnchorFailedException("anchoring needs " + estimate + " gas, more than blog.ethereum.max-gas ("
                    + settings.maxGas() + ")");
        }
        return limit.min(settings.maxGas());
    }

    /**
     * The checkpoint's root as 32 bytes.
     *
     * @throws IllegalArgumentException if its root hash is not base64 of 32 bytes
     */
    static byte[] root(Checkpoint checkpoint) {
        byte[] root;
        try {
            root = Base64.getDecoder().decode(checkpoint.rootHash());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the checkpoint's root hash is not base64: " + checkpoint.rootHash(), e);
        }
        if (root.length != 32) {
            throw new IllegalArgumentException("the checkpoint's root hash has " + root.length + " bytes, not 32");
        }
        return root;
    }

    @Override
    public void close() {
        chain.close();
    }
}
