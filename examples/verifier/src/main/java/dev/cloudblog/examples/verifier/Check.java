package dev.cloudblog.examples.verifier;

import java.util.Objects;

/**
 * One check the verifier made, as it prints it: {@code PASS  leaf hash               the content hashes ...}.
 *
 * @param outcome whether it held, failed or was not made
 * @param name    what was checked, such as {@code leaf hash} or {@code ethereum/chain id}
 * @param detail  a sentence saying what was found, or why the check was not made
 */
record Check(Outcome outcome, String name, String detail) {

    /** The width of the name column. */
    private static final int NAME_WIDTH = 22;

    /** How a check ended. */
    enum Outcome {
        /** It held. */
        PASS,
        /** It did not hold. */
        FAIL,
        /** It was not made; the detail says why. */
        SKIP
    }

    Check {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }

    static Check pass(String name, String detail) {
        return new Check(Outcome.PASS, name, detail);
    }

    static Check fail(String name, String detail) {
        return new Check(Outcome.FAIL, name, detail);
    }

    static Check skip(String name, String detail) {
        return new Check(Outcome.SKIP, name, detail);
    }

    /** The printed line: the outcome, two spaces, the name padded to 22 characters, two spaces, the detail. */
    String line() {
        return String.format("%-4s  %-" + NAME_WIDTH + "s  %s", outcome, name, detail);
    }
}
