package dev.cloudblog.providers.ethereum;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * The JSON-RPC calls the anchor makes, over web3j, each with a timeout. A node that cannot be
 * reached throws {@link EthereumUnavailableException}; an error the node answers with throws
 * {@link AnchorFailedException} with the node's message, except where a method says otherwise.
 * Thread-safe.
 */
final class ChainClient implements AutoCloseable {

    /** What the node said to a raw transaction: its hash, or the error it refused it with. */
    record Submission(String hash, String error) {

        boolean accepted() {
            return error == null;
        }
    }

    /** A mined block's number, hash and time. */
    record BlockInfo(BigInteger number, String hash, Instant time, BigInteger baseFee) {
    }

    private final String url;
    private final Web3j web3j;
    private final OkHttpClient http;

    ChainClient(String url, Duration timeout) {
        this.url = url;
        this.http = new OkHttpClient.Builder().connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout)
                .callTimeout(timeout).retryOnConnectionFailure(false).build();
        this.web3j = Web3j.build(new HttpService(url, http));
    }

    /** The node's address, as configured. */
    String url() {
        return url;
    }

    long chainId() {
        return send("eth_chainId", web3j.ethChainId()).getChainId().longValueExact();
    }

    BigInteger blockNumber() {
        return send("eth_blockNumber", web3j.ethBlockNumber()).getBlockNumber();
    }

    /** The latest block. */
    BlockInfo latestBlock() {
        return block(DefaultBlockParameterName.LATEST).orElseThrow(
                () -> new AnchorFailedException("the node at " + url + " has no latest block"));
    }

    /** The block of this number, if the chain has one. */
    Optional<BlockInfo> block(BigInteger number) {
        return block(DefaultBlockParameter.valueOf(number));
    }

    private Optional<BlockInfo> block(DefaultBlockParameter which) {
        EthBlock.Block block = send("eth_getBlockByNumber", web3j.ethGetBlockByNumber(which, false)).getBlock();
        return Optional.ofNullable(block).map(found -> new BlockInfo(found.getNumber(), found.getHash(),
                Instant.ofEpochSecond(found.getTimestamp().longValueExact()), found.getBaseFeePerGas()));
    }

    Optional<TransactionReceipt> receipt(String hash) {
        return send("eth_getTransactionReceipt", web3j.ethGetTransactionReceipt(hash)).getTransactionReceipt();
    }

    Optional<org.web3j.protocol.core.methods.response.Transaction> transaction(String hash) {
        return send("eth_getTransactionByHash", web3j.ethGetTransactionByHash(hash)).getTransaction();
    }

    /** The account's next nonce counting transactions still waiting to be mined, or only mined ones. */
    BigInteger nonce(String address, boolean pending) {
        return send("eth_getTransactionCount", web3j.ethGetTransactionCount(address,
                pending ? DefaultBlockParameterName.PENDING : DefaultBlockParameterName.LATEST)).getTransactionCount();
    }

    BigInteger maxPriorityFeePerGas() {
        return send("eth_maxPriorityFeePerGas", web3j.ethMaxPriorityFeePerGas()).getMaxPriorityFeePerGas();
    }

    /**
     * The gas a call would use.
     *
     * @throws AnchorFailedException if it would revert, with the node's reason
     */
    BigInteger estimateGas(String from, String to, String data) {
        return send("eth_estimateGas", web3j.ethEstimateGas(
                Transaction.createFunctionCallTransaction(from, null, null, null, to, data))).getAmountUsed();
    }

    /** The result of a read-only call at the latest block, as hex. */
    String call(String to, String data) {
        return send("eth_call", web3j.ethCall(Transaction.createEthCallTransaction(null, to, data),
                DefaultBlockParameterName.LATEST)).getValue();
    }

    String code(String address) {
        return send("eth_getCode", web3j.ethGetCode(address, DefaultBlockParameterName.LATEST)).getCode();
    }

    /** The logs of the whole chain that {@code filter} selects. */
    List<Log> logs(EthFilter filter) {
        return send("eth_getLogs", web3j.ethGetLogs(filter)).getLogs().stream()
                .map(result -> (Log) ((EthLog.LogObject) result).get()).toList();
    }

    /** Sends a signed transaction; a refusal is returned, not thrown, so the caller can tell why. */
    Submission sendRaw(String signedHex, String expectedHash) {
        var response = call("eth_sendRawTransaction", web3j.ethSendRawTransaction(signedHex));
        return response.hasError()
                ? new Submission(expectedHash, response.getError().getMessage())
                : new Submission(response.getTransactionHash(), null);
    }

    private <T extends Response<?>> T send(String method, Request<?, T> request) {
        T response = call(method, request);
        if (response.hasError()) {
            throw new AnchorFailedException("the node at " + url + " refused " + method + ": "
                    + response.getError().getMessage());
        }
        return response;
    }

    private <T extends Response<?>> T call(String method, Request<?, T> request) {
        try {
            return request.send();
        } catch (IOException | RuntimeException e) {
            throw new EthereumUnavailableException("the Ethereum node at " + url + " did not answer " + method
                    + ": " + e, e);
        }
    }

    @Override
    public void close() {
        web3j.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
