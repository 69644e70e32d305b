package vn.householdledger.testing;

import java.util.function.BooleanSupplier;

/**
 * Waits for what a test needs the service to have done, for as long as it takes. No test asserts how
 * long something takes: on a shared machine a timing fails for the wrong reason, and timings are the
 * bench's. A wait that never ends is ended by the build's fork timeout ({@code forkedProcessTimeoutInSeconds}),
 * which names the test that hung; a failure the service reports (a process that died, a projection
 * FAILED) is asserted by the caller inside {@code done}, at once.
 */
public final class Eventually {

    private static final long POLL_MILLIS = 50;

    private Eventually() {
    }

    /** Returns once {@code done} holds. */
    public static void until(BooleanSupplier done) {
        while (!done.getAsBoolean()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
        }
    }
}
