package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.BlogException;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.ConfigSource;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Deploys the AnchorRegistry contract, once per chain, before the {@code ethereum} anchor runs in
 * contract mode. From the command line, with the same settings the anchor reads (arguments
 * {@code key=value}, then system properties, then {@code BLOG_*} environment variables):
 *
 * <pre>{@code
 * BLOG_ETHEREUM_KEY=0x... java -cp "providers-ethereum.jar:<its dependencies>" \
 *     dev.cloudblog.providers.ethereum.AnchorRegistryDeployer \
 *     blog.ethereum.url=http://127.0.0.1:8545 blog.ethereum.chain-id=31337
 * }</pre>
 *
 * It prints the contract's address, to be set as {@code blog.ethereum.contract}, and waits for
 * {@code blog.ethereum.confirmations} blocks.
 */
public final class AnchorRegistryDeployer {

    private AnchorRegistryDeployer() {
    }

    /**
     * Deploys a new AnchorRegistry with the settings' node, chain, key and fee caps.
     *
     * @return the contract's address
     * @throws AnchorFailedException if the node refuses the transaction or it reverts
     * @throws EthereumUnavailableException if the node cannot be reached
     */
    public static String deploy(EthereumSettings settings) {
        try (ChainClient chain = new ChainClient(settings.url().toString(), settings.timeout())) {
            long served = chain.chainId();
            if (served != settings.chainId()) {
                throw new AnchorFailedException("the node at " + settings.url() + " serves chain " + served
                        + ", not blog.ethereum.chain-id " + settings.chainId());
            }
            TransactionSigner signer = new TransactionSigner(chain, settings.chainId(), settings.credentials(),
                    settings.maxFeePerGas(), settings.maxPriorityFeePerGas());
            String code = AnchorRegistry.bytecode();
            BigInteger gas = chain.estimateGas(settings.account(), null, code);
            SignedTransaction transaction = signer.sign(chain.nonce(settings.account(), true), null, code,
                    gas.add(gas.shiftRight(2)));
            ChainClient.Submission submission = chain.sendRaw(transaction.raw(), transaction.hash());
            if (!submission.accepted()) {
                throw new AnchorFailedException("the node refused the deployment: " + submission.error());
            }
            ReceiptWaiter waiter = new ReceiptWaiter(chain, settings.confirmations(), settings.pollInterval(),
                    settings.receiptTimeout());
            TransactionReceipt receipt = waiter.awaitConfirmed(List.of(transaction.hash()), waiter.deadline());
            if (!receipt.isStatusOK() || receipt.getContractAddress() == null) {
                throw new AnchorFailedException("the deployment " + transaction.hash() + " reverted");
            }
            return receipt.getContractAddress();
        }
    }

    /** Deploys with settings from {@code key=value} arguments, system properties and the environment. */
    public static void main(String[] args) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String argument : args) {
            int equals = argument.indexOf('=');
            if (equals < 1) {
                System.err.println("expected key=value arguments such as blog.ethereum.chain-id=31337, not '"
                        + argument + "'");
                System.exit(2);
            }
            arguments.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        arguments.put("blog.ethereum.mode", "calldata");
        Config config = Config.layered(List.of(ConfigSource.of("arguments", arguments),
                ConfigSource.of("system properties", System.getProperties()), ConfigSource.environment(System.getenv())));
        try {
            EthereumSettings settings = EthereumSettings.of(config);
            String address = deploy(settings);
            System.out.println(address);
            System.err.println("Deployed the AnchorRegistry on chain " + settings.chainId() + " at " + address
                    + ": set blog.ethereum.contract=" + address);
        } catch (BlogException e) {
            System.err.println("deployment failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
