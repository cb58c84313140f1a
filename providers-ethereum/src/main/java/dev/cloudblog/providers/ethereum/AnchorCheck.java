package dev.cloudblog.providers.ethereum;

import dev.cloudblog.api.verification.VerificationResult;
import java.util.List;
import java.util.Objects;

/**
 * What checking an anchor on chain found: each step taken, in order, and the outcome. Steps stop
 * at the first that fails.
 *
 * @param steps  the steps taken
 * @param result the outcome: a success, or the failure of the last step
 */
public record AnchorCheck(List<Step> steps, VerificationResult result) {

    /**
     * One thing checked.
     *
     * @param name   what was checked, such as {@code chain id}
     * @param passed whether it held
     * @param detail what was found
     */
    public record Step(String name, boolean passed, String detail) {

        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public AnchorCheck {
        steps = List.copyOf(steps);
        Objects.requireNonNull(result, "result");
    }
}
