package io.c360.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, polling; never a fixed sleep. */
public final class Await {
    private Await() {
    }

    public static <T> T until(Duration timeout, String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastError = null;
        while (System.nanoTime() < deadline) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
            } catch (RuntimeException e) {
                lastError = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what, lastError);
    }
}
