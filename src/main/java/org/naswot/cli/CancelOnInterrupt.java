package org.naswot.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT/SIGTERM) asks a long run to stop after the architecture in flight and waits briefly for it
 * to close its run in the store, so an interrupted run is recorded as such and resumes cleanly.
 */
final class CancelOnInterrupt implements AutoCloseable {
    private volatile boolean requested;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private CancelOnInterrupt() {
        hook = new Thread(() -> {
            requested = true;
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "naswot-cancel");
    }

    static CancelOnInterrupt install() {
        CancelOnInterrupt c = new CancelOnInterrupt();
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    boolean requested() {
        return requested;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns as soon as it sees the latch
        }
    }
}
