package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.BlogException;

/**
 * The node answered, but a checkpoint could not be anchored: a transaction was refused or
 * reverted, fees are above their caps, or the receipt did not come in time. The attempt is kept,
 * so trying again resumes it rather than sending a second transaction.
 */
public final class AnchorFailedException extends BlogException {

    AnchorFailedException(String message) {
        super(message);
    }
}
