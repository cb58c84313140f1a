package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.BlogException;

/**
 * The Ethereum node could not be asked: it is down, unreachable or answered with something that
 * is not JSON-RPC. Whatever was being done can be tried again later.
 */
public final class EthereumUnavailableException extends BlogException {

    EthereumUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
