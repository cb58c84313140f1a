package dev.cloudblog.tck;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that background threads make true, polling it, and fails at a deadline
 * instead of sleeping a guessed time:
 *
 * <pre>{@code
 * Eventually.await("the listener saw the event", () -> received.size() == 1);
 * }</pre>
 */
public final class Eventually {

    /** How long {@link #await} waits before it fails. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private Eventually() {
    }

    /**
     * Returns once {@code condition} holds.
     *
     * @throws AssertionError naming {@code what} if it does not hold within {@link #DEADLINE}
     */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }
}
