package org.naswot.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;

/**
 * Runs a {@link ScoreEngine} on a background thread for one {@link ScoringRun}: each result is stored the moment it
 * arrives (so an interrupted run keeps everything the engine finished) and then waits until the run, which reports in
 * request order, asks for it.
 */
final class EngineFeed implements AutoCloseable {
    private final Map<Integer, ScoreResult> arrived = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopped;
    private Throwable failure;
    private boolean finished;

    /** @param store stores one result; called on the engine's thread before the result is handed out */
    EngineFeed(ScoreEngine engine, List<Architecture> missing, Consumer<ScoreResult> store) {
        thread = new Thread(() -> {
            try {
                engine.score(missing, r -> {
                    store.accept(r);
                    synchronized (this) {
                        arrived.put(r.index(), r);
                        notifyAll();
                    }
                }, () -> stopped);
            } catch (RuntimeException | LinkageError e) {
                // a LinkageError too: a class missing on the engine's class path must reach the user, not end the thread
                synchronized (this) {
                    failure = e;
                }
            } finally {
                synchronized (this) {
                    finished = true;
                    notifyAll();
                }
            }
        }, "naswot-" + engine.name() + "-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The engine's result for this architecture, waiting for it; null when {@code cancelled} turned true first.
     *
     * @throws IllegalStateException when the engine failed or finished without this architecture
     */
    synchronized ScoreResult await(Architecture a, BooleanSupplier cancelled) {
        while (true) {
            ScoreResult r = arrived.get(a.index());
            if (r != null) {
                if (ScoringRun.ofArchitecture(r, a) == null) {
                    throw new IllegalStateException("the engine scored " + r.arch() + " as architecture "
                            + a.index() + ", which is " + a.encoding() + " here: driver and executors must read the "
                            + "same space");
                }
                return r;
            }
            if (cancelled.getAsBoolean()) {
                return null;
            }
            if (failure != null) {
                throw new IllegalStateException("scoring engine failed: " + failure.getMessage(), failure);
            }
            if (finished) {
                throw new IllegalStateException("the scoring engine finished without a score for architecture "
                        + a.index() + (stopped ? " (stopped)" : ""));
            }
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Whether this architecture's result came from the engine (and is therefore stored already). */
    synchronized boolean delivered(int index) {
        return arrived.containsKey(index);
    }

    /** Stops the engine (a cancelled or failed run) and waits until its thread has ended. */
    @Override
    public void close() {
        stopped = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
