package dev.cloudblog.providers.ethereum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A local anvil (Foundry) Ethereum node for tests, listening only on 127.0.0.1.
 *
 * <p>The binary is taken from the system property {@value #BINARY_PROPERTY}, which the module's
 * surefire configuration points at {@code tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil};
 * Maven installs it there with {@code npm ci} in {@code providers-ethereum/tools} when it is missing.
 *
 * <p>The node keeps its chain in a state file inside a private temporary directory: it loads the file
 * on {@link #start()} and writes it when it exits after {@link #stop()}. A stop followed by a start, on
 * the same port, therefore brings back the same chain. Anvil 1.7.1 started with
 * {@code --state <file> --preserve-historical-states} restores
 * <ul>
 *   <li>every block, with unchanged hashes, and the block number;</li>
 *   <li>balances, nonces, contract code and storage;</li>
 *   <li>transactions, receipts and logs of mined transactions ({@code eth_getTransactionByHash},
 *       {@code eth_getTransactionReceipt}, {@code eth_getLogs});</li>
 *   <li>the state at earlier blocks ({@code eth_getBalance} or {@code eth_call} at an older block
 *       number), since the node always runs with {@code --preserve-historical-states}.</li>
 * </ul>
 * What lives only in the running process is lost: pending transactions (the mempool), the mining mode
 * (a restarted node automines again, whatever {@link #setAutomine(boolean)} said before), snapshot ids
 * of {@code evm_snapshot}, impersonated accounts and the clock offset of {@code evm_increaseTime} or
 * {@code evm_setTime}. Because anvil would then stamp new blocks with the wall clock, {@link #start()}
 * moves the node's clock forward to the timestamp of the latest block when that block lies in the
 * future, so block timestamps never decrease across a restart. A node that dies without a graceful
 * stop writes no state; its next start begins from the state of the stop before.
 *
 * <p>The node unlocks anvil's ten default dev accounts (mnemonic
 * {@code test test test test test test test test test test test junk}), each funded with 10000 ether;
 * {@link #devAddress(int)} and {@link #devKey(int)} name the first three.
 *
 * <p>Instances are not meant for concurrent lifecycle changes; {@link #rpc(String, String)} may be
 * called from several threads while the node runs.
 */
public final class AnvilNode implements AutoCloseable {

    /** System property holding the path of the anvil binary. */
    public static final String BINARY_PROPERTY = "blog.test.anvil";

    /** Chain id of a node created without one: anvil's own default. */
    public static final long DEFAULT_CHAIN_ID = 31337;

    private static final String HOST = "127.0.0.1";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> DEV_KEYS = List.of(
            "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
            "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");

    private static final List<String> DEV_ADDRESSES = List.of(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

    private final Path binary;
    private final long chainId;
    private final int port;
    private final URI uri;
    private final Path directory;
    private final Path stateFile;
    private final Path logFile;
    private final HttpClient http;
    private final AtomicLong requestIds = new AtomicLong();
    private Process process;
    private boolean closed;

    /**
     * Prepares a node with chain id {@value #DEFAULT_CHAIN_ID}, using the binary named by the system
     * property {@value #BINARY_PROPERTY}. The node does not run until {@link #start()}.
     *
     * @throws IllegalStateException if the property is unset or names no executable file
     */
    public AnvilNode() {
        this(DEFAULT_CHAIN_ID);
    }

    /**
     * Prepares a node with the given chain id, using the binary named by the system property
     * {@value #BINARY_PROPERTY}. The node does not run until {@link #start()}.
     *
     * @param chainId the chain id the node reports and requires in signed transactions; positive
     * @throws IllegalStateException if the property is unset or names no executable file
     */
    public AnvilNode(long chainId) {
        this(configuredBinary(), chainId);
    }

    /**
     * Prepares a node with the given binary and chain id: checks the binary, reserves a free port on
     * 127.0.0.1 and creates the temporary directory for the state file and the log. The node does not
     * run until {@link #start()}.
     *
     * @param binary the anvil executable
     * @param chainId the chain id the node reports and requires in signed transactions; positive
     * @throws IllegalStateException if {@code binary} is not an executable file
     * @throws IllegalArgumentException if {@code chainId} is not positive
     */
    public AnvilNode(Path binary, long chainId) {
        if (chainId <= 0) {
            throw new IllegalArgumentException("chain id must be positive: " + chainId);
        }
        if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
            throw new IllegalStateException("anvil binary not found or not executable at " + binary.toAbsolutePath()
                    + "; install it with `npm ci` in providers-ethereum/tools (the module's Maven test build"
                    + " does this when the binary is missing) and pass its path in -D" + BINARY_PROPERTY);
        }
        this.binary = binary;
        this.chainId = chainId;
        this.port = freePort();
        this.uri = URI.create("http://" + HOST + ":" + port);
        try {
            this.directory = Files.createTempDirectory("anvil-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the anvil state", e);
        }
        this.stateFile = directory.resolve("state.json");
        this.logFile = directory.resolve("anvil.log");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
    }

    /**
     * The private key of one of anvil's default dev accounts.
     *
     * @param index 0, 1 or 2
     * @return the key as 0x-prefixed lowercase hex (32 bytes)
     * @throws IllegalArgumentException for any other index
     */
    public static String devKey(int index) {
        checkDevIndex(index);
        return DEV_KEYS.get(index);
    }

    /**
     * The address of one of anvil's default dev accounts, the account of {@link #devKey(int)}.
     *
     * @param index 0, 1 or 2
     * @return the address as 0x-prefixed hex in EIP-55 mixed case
     * @throws IllegalArgumentException for any other index
     */
    public static String devAddress(int index) {
        checkDevIndex(index);
        return DEV_ADDRESSES.get(index);
    }

    /**
     * Starts the node and waits until it answers {@code eth_chainId}, polling every 50 ms for at most
     * 20 seconds. The node loads the state written by the previous {@link #stop()}, if any, and listens
     * on the same port as before.
     *
     * @return this node
     * @throws IllegalStateException if the node runs already, was closed, exits early or does not answer
     *         in time (the message then ends with the tail of its log)
     */
    public synchronized AnvilNode start() {
        if (closed) {
            throw new IllegalStateException("anvil node was closed");
        }
        if (isRunning()) {
            throw new IllegalStateException("anvil node runs already at " + url());
        }
        List<String> command = List.of(
                binary.toString(),
                "--host", HOST,
                "--port", Integer.toString(port),
                "--chain-id", Long.toString(chainId),
                "--state", stateFile.toString(),
                "--preserve-historical-states",
                "--cache-path", directory.resolve("cache").toString(),
                "--color", "never");
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
        awaitReady();
        restoreClock();
        return this;
    }

    /**
     * Stops the node gracefully (SIGTERM) and waits for it to exit, which makes it write its state file.
     * Does nothing if the node does not run.
     *
     * @throws IllegalStateException if the node does not exit within 20 seconds (it is then killed and
     *         its state since the previous stop is lost) or exits without writing its state
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process running = process;
        process = null;
        running.destroy();
        try {
            if (!running.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly().waitFor();
                throw new IllegalStateException("anvil did not exit within " + STOP_TIMEOUT
                        + " of SIGTERM and was killed; its state was not saved" + logTail());
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping anvil", e);
        }
        if (!Files.isRegularFile(stateFile)) {
            throw new IllegalStateException("anvil exited with status " + running.exitValue()
                    + " without writing " + stateFile + logTail());
        }
    }

    /**
     * Whether the node process is alive.
     *
     * @return true between a successful {@link #start()} and the next {@link #stop()}, unless the process
     *         died on its own
     */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the node like {@link #stop()} and deletes its state file and log. The node cannot be
     * started again. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            deleteDirectory();
        }
    }

    /**
     * The JSON-RPC endpoint.
     *
     * @return {@code http://127.0.0.1:<port>}; the same for the whole life of this object
     */
    public String url() {
        return uri.toString();
    }

    /**
     * The chain id the node was prepared with.
     *
     * @return the chain id
     */
    public long chainId() {
        return chainId;
    }

    /**
     * The file that receives the node's output, appended across restarts; deleted by {@link #close()}.
     *
     * @return the log file
     */
    public Path logFile() {
        return logFile;
    }

    /**
     * Sends one JSON-RPC 2.0 request and returns the response as it came.
     *
     * @param method the method, e.g. {@code eth_blockNumber}, {@code anvil_mine}, {@code evm_snapshot}
     * @param paramsJson the params as a JSON array, e.g. {@code []} or {@code ["0x1", false]}
     * @return the response body; it holds either {@code result} or {@code error}
     * @throws IllegalStateException if the node does not answer with HTTP status 200
     * @throws UncheckedIOException if the request fails
     */
    public String rpc(String method, String paramsJson) {
        return send(method, paramsJson, REQUEST_TIMEOUT);
    }

    /**
     * Sends one JSON-RPC 2.0 request and returns its result.
     *
     * @param method the method
     * @param paramsJson the params as a JSON array
     * @return the {@code result} member of the response ({@code null} results as a JSON null node)
     * @throws IllegalStateException if the response holds an {@code error}, or as {@link #rpc(String, String)}
     */
    public JsonNode call(String method, String paramsJson) {
        JsonNode response = parse(rpc(method, paramsJson));
        if (response.has("error")) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return response.path("result");
    }

    /**
     * Mines blocks at once ({@code anvil_mine}), including any pending transactions in the first one.
     *
     * @param blocks how many blocks to mine; positive
     * @throws IllegalArgumentException if {@code blocks} is not positive
     */
    public void mine(int blocks) {
        if (blocks <= 0) {
            throw new IllegalArgumentException("blocks must be positive: " + blocks);
        }
        call("anvil_mine", "[\"0x" + Integer.toHexString(blocks) + "\"]");
    }

    /**
     * Switches automining ({@code anvil_setAutomine}): on, every transaction is mined in a block of its
     * own as soon as it arrives; off, transactions wait in the mempool until {@link #mine(int)}. A node
     * automines after every start.
     *
     * @param enabled whether to automine
     */
    public void setAutomine(boolean enabled) {
        call("anvil_setAutomine", "[" + enabled + "]");
    }

    /**
     * Waits for the receipt of a transaction, polling {@code eth_getTransactionReceipt} every 50 ms for
     * at most 20 seconds. With automining, anvil mines a transaction shortly after
     * {@code eth_sendTransaction} returns its hash, not necessarily before.
     *
     * @param transactionHash the 0x-prefixed transaction hash
     * @return the receipt
     * @throws IllegalStateException if no receipt appears in time
     */
    public JsonNode awaitReceipt(String transactionHash) {
        long deadline = System.nanoTime() + RECEIPT_TIMEOUT.toNanos();
        while (true) {
            JsonNode receipt = call("eth_getTransactionReceipt", "[\"" + transactionHash + "\"]");
            if (!receipt.isNull()) {
                return receipt;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no receipt for " + transactionHash + " within " + RECEIPT_TIMEOUT);
            }
            pause();
        }
    }

    private String send(String method, String paramsJson, Duration timeout) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + requestIds.incrementAndGet()
                + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}";
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " to " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                int status = process.exitValue();
                process = null;
                throw new IllegalStateException("anvil exited with status " + status + " during start" + logTail());
            }
            try {
                if (parse(send("eth_chainId", "[]", Duration.ofSeconds(1))).has("result")) {
                    return;
                }
            } catch (UncheckedIOException | IllegalStateException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                stopAfterFailedStart();
                throw new IllegalStateException("anvil did not answer at " + uri + " within " + START_TIMEOUT + logTail());
            }
            pause();
        }
    }

    private void stopAfterFailedStart() {
        Process running = process;
        process = null;
        running.destroyForcibly();
    }

    private void restoreClock() {
        long latest = Long.decode(call("eth_getBlockByNumber", "[\"latest\", false]").path("timestamp").asText());
        long now = System.currentTimeMillis() / 1000;
        if (latest > now) {
            call("evm_setTime", "[" + latest + "]");
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.exists(logFile)
                    ? Files.readAllLines(logFile, StandardCharsets.UTF_8)
                    : List.of();
            List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            return tail.isEmpty() ? "" : "; last lines of " + logFile + ":\n" + String.join("\n", tail);
        } catch (IOException | UncheckedIOException e) {
            return "; log " + logFile + " unreadable: " + e.getMessage();
        }
    }

    private void deleteDirectory() {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for anvil", e);
        }
    }

    private static Path configuredBinary() {
        String path = System.getProperty(BINARY_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("system property " + BINARY_PROPERTY + " is not set; it names the anvil"
                    + " binary, tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil after `npm ci` in"
                    + " providers-ethereum/tools (the module's Maven test build sets it and installs the binary)");
        }
        return Path.of(path);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    private static void checkDevIndex(int index) {
        if (index < 0 || index >= DEV_KEYS.size()) {
            throw new IllegalArgumentException("dev account index must be 0, 1 or 2: " + index);
        }
    }
}
