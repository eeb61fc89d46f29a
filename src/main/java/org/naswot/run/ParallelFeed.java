package org.naswot.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ScoringCancelledException;
import org.naswot.space.Architecture;

/**
 * Scores several architectures at once in this process for one {@link ScoringRun}: each worker thread has its own
 * scorer (its own native memory, freed per architecture) and takes the next architecture when it is done. On a few
 * CPU cores this beats splitting each operation over the cores, because much of a forward pass is memory-bound
 * element-wise work and short operations whose threads mostly wait for one another (measured in the README,
 * "Scoring a whole space"). Each worker runs the run's own {@link Step} (claim in the store, score with the
 * architecture's own seed, store, release), so the scores are those of one thread and two identical commands still
 * split the work; the run reports the results in request order.
 */
final class ParallelFeed implements AutoCloseable {

    /** What one worker did for one architecture: a score computed now, or one another process stored meanwhile. */
    record Attempt(org.naswot.score.ScoreResult result, boolean computed) {
    }

    /** One architecture on a worker's scorer; null while another process holds its claim (tried again later). */
    interface Step {
        Attempt apply(NaswotScorer scorer, Architecture a, BooleanSupplier stop);
    }

    private final Map<Object, Attempt> arrived = new HashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;
    private RuntimeException failure;
    private int running;

    ParallelFeed(Supplier<NaswotScorer> scorers, int workers, List<Architecture> architectures, Step step) {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedDeque<Architecture> putOff = new ConcurrentLinkedDeque<>();
        running = Math.min(workers, architectures.size());
        for (int w = 0; w < running; w++) {
            Thread t = new Thread(() -> work(scorers, architectures, next, putOff, step), "naswot-worker-" + w);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    private void work(Supplier<NaswotScorer> scorers, List<Architecture> architectures, AtomicInteger next,
                      ConcurrentLinkedDeque<Architecture> putOff, Step step) {
        try (NaswotScorer scorer = scorers.get()) {
            while (!stopped) {
                int i = next.getAndIncrement();
                boolean second = i >= architectures.size();
                Architecture a = second ? putOff.pollFirst() : architectures.get(i);
                if (a == null) {
                    break;
                }
                Attempt r = step.apply(scorer, a, () -> stopped);
                if (r == null) {
                    // another process is scoring it: first the rest of the list, then wait for its stored score
                    putOff.addLast(a);
                    if (second) {
                        pause();
                    }
                    continue;
                }
                synchronized (this) {
                    arrived.put(key(a), r);
                    notifyAll();
                }
            }
        } catch (ScoringCancelledException e) {
            // stopped in the middle of a forward pass: that architecture is dropped (its claim released by the step)
        } catch (RuntimeException e) {
            stopped = true;
            synchronized (this) {
                failure = failure == null ? e : failure;
            }
        } catch (Error e) {
            stopped = true;
            synchronized (this) {
                failure = failure == null ? new IllegalStateException("a scoring worker failed: " + e, e) : failure;
            }
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    private void pause() {
        for (int k = 0; k < 10 && !stopped; k++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Architectures without an index (typed in, not from a space) are told apart by identity. */
    static Object key(Architecture a) {
        return a.index() >= 0 ? Integer.valueOf(a.index()) : a;
    }

    /**
     * This architecture's attempt, waiting for it; null when {@code cancelled} turned true first.
     *
     * @throws RuntimeException a worker's failure, as it was thrown
     */
    synchronized Attempt await(Architecture a, BooleanSupplier cancelled) {
        while (true) {
            Attempt r = arrived.get(key(a));
            if (r != null) {
                return r;
            }
            if (failure != null) {
                throw failure;
            }
            if (cancelled.getAsBoolean()) {
                return null;
            }
            if (running == 0) {
                throw new IllegalStateException("the scoring workers ended without a score for " + a.encoding()
                        + (stopped ? " (stopped)" : ""));
            }
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Stops the workers (a finished, cancelled or failed run) and waits until each has freed its scorer. */
    @Override
    public void close() {
        stopped = true;
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
