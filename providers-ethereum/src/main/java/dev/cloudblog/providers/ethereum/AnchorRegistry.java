package dev.cloudblog.providers.ethereum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/**
 * The AnchorRegistry contract's interface: the calls to anchor and look up a root, its
 * {@code Anchored} event, and its compiled code. The Solidity source is
 * {@code src/main/solidity/AnchorRegistry.sol} in this module; {@code compile.sh} beside it
 * produces the bytecode resource.
 */
final class AnchorRegistry {

    /** {@code event Anchored(bytes32 indexed root, address indexed sender, uint256 timestamp)}. */
    static final Event ANCHORED = new Event("Anchored", List.of(new TypeReference<Bytes32>(true) {
    }, new TypeReference<Address>(true) {
    }, new TypeReference<Uint256>() {
    }));

    /** The first topic of every {@code Anchored} log. */
    static final String ANCHORED_TOPIC = EventEncoder.encode(ANCHORED);

    private AnchorRegistry() {
    }

    /** The data of a call of {@code anchor(root)}. */
    static String anchorCall(byte[] root) {
        return FunctionEncoder.encode(new Function("anchor", List.of(new Bytes32(root)), List.of()));
    }

    /** The data of a call of {@code anchoredAt(root)}. */
    static String anchoredAtCall(byte[] root) {
        return FunctionEncoder.encode(anchoredAt(root));
    }

    /** The block time, in seconds, that {@code anchoredAt} returned: 0 for a root never anchored. */
    static BigInteger decodeAnchoredAt(byte[] root, String result) {
        @SuppressWarnings("rawtypes")
        List<Type> values = FunctionReturnDecoder.decode(result, anchoredAt(root).getOutputParameters());
        if (values.isEmpty()) {
            throw new AnchorFailedException("the AnchorRegistry answered anchoredAt with '" + result
                    + "', not a number: is the address an AnchorRegistry?");
        }
        return ((Uint256) values.get(0)).getValue();
    }

    private static Function anchoredAt(byte[] root) {
        return new Function("anchoredAt", List.of(new Bytes32(root)), List.of(new TypeReference<Uint256>() {
        }));
    }

    /** The topic that selects the {@code Anchored} logs of one root. */
    static String rootTopic(byte[] root) {
        return Numeric.toHexString(root);
    }

    /** The root an {@code Anchored} log of this contract records, if {@code log} is one. */
    static Optional<byte[]> anchoredRoot(Log log, String contract) {
        List<String> topics = log.getTopics();
        if (!contract.equalsIgnoreCase(log.getAddress()) || topics.size() < 2
                || !ANCHORED_TOPIC.equalsIgnoreCase(topics.get(0))) {
            return Optional.empty();
        }
        return Optional.of(Numeric.hexStringToByteArray(topics.get(1)));
    }

    /** Whether {@code log} is this contract's record of {@code root}. */
    static boolean records(Log log, String contract, byte[] root) {
        return anchoredRoot(log, contract).filter(found -> Arrays.equals(found, root)).isPresent();
    }

    /** The contract's creation code, hex with 0x. */
    static String bytecode() {
        try (InputStream in = AnchorRegistry.class.getResourceAsStream("AnchorRegistry.bin")) {
            if (in == null) {
                throw new IllegalStateException("AnchorRegistry.bin is missing from the providers-ethereum jar");
            }
            return "0x" + new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read AnchorRegistry.bin", e);
        }
    }
}
