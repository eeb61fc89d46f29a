package org.naswot.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.naswot.data.ImageBatch;
import org.naswot.score.KernelScore;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.score.Weights;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;

/**
 * Scores a list of architectures with one batch and one set of settings, persisting each score as soon as
 * it exists. Rerunning the same request resumes: architectures already in the store (in this run, or in any
 * run with equal settings) are reused, so a crash or cancel loses at most the architecture in flight. The scores
 * the store lacks come from a {@link ScoreSource} (this thread, local workers or an engine); reuse, recording,
 * progress and the run's status are done here, the same way for each.
 */
public final class ScoringRun {
    /** Seconds between two notes that the run waits for another process's claims. */
    static final int WAIT_NOTE_SECONDS = 30;
    private java.util.function.Consumer<String> notes = m -> { };
    private final Set<Integer> claimedByOthers = new java.util.HashSet<>();
    private long lastWaitNote;


    /** Receives each result as it arrives (on the scoring thread). */
    public interface Listener {
        void scored(ScoreResult result, boolean reused, int done, int total);

        Listener NONE = (r, reused, done, total) -> { };
    }

    /**
     * @param results in request order; shorter than requested when cancelled
     * @param computed architectures scored now (the rest came from the store)
     */
    public record Outcome(long runId, List<ScoreResult> results, int computed, boolean cancelled,
                          double computeSeconds) {
        public double secondsPerComputedArch() {
            return computed == 0 ? Double.NaN : computeSeconds / computed;
        }
    }

    private final ScoringSettings settings;
    private final ImageBatch batch;
    private final NaswotScorer scorer;
    private final ResultStore store;
    private final ScoreEngine engine;
    private final int workers;
    private final java.util.function.Supplier<NaswotScorer> workerScorers;

    /** @param store where results go; null to keep them in memory only */
    public ScoringRun(ScoringSettings settings, ImageBatch batch, NaswotScorer scorer, ResultStore store) {
        this(settings, batch, scorer, store, null);
    }

    /** @param engine scores what the store lacks elsewhere (e.g. on a Spark cluster); null to score on this thread */
    public ScoringRun(ScoringSettings settings, ImageBatch batch, NaswotScorer scorer, ResultStore store,
                      ScoreEngine engine) {
        this(settings, batch, scorer, store, engine, 1, null);
    }

    /**
     * @param workers architectures scored at once in this process, each worker on its own scorer from
     *                {@code workerScorers} (1: on the calling thread with this run's scorer)
     */
    public ScoringRun(ScoringSettings settings, ImageBatch batch, NaswotScorer scorer, ResultStore store, int workers,
                      java.util.function.Supplier<NaswotScorer> workerScorers) {
        this(settings, batch, scorer, store, null, workers, workerScorers);
    }

    private ScoringRun(ScoringSettings settings, ImageBatch batch, NaswotScorer scorer, ResultStore store,
                       ScoreEngine engine, int workers, java.util.function.Supplier<NaswotScorer> workerScorers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.settings = settings;
        this.batch = batch;
        this.scorer = scorer;
        this.store = store;
        this.engine = engine;
        this.workers = workers;
        this.workerScorers = workerScorers;
    }

    public Outcome execute(List<? extends Architecture> architectures, String label, Listener listener,
                           BooleanSupplier cancelled) {
        return execute(architectures, label, listener, cancelled, RunStatus.CANCELLED);
    }

    /**
     * Scores the architectures in order. With a store, each one is claimed first: an architecture another process
     * (scoring with equal settings) has claimed is put off and collected from the store at the end, when that
     * process has stored it, so two identical commands split the work instead of doing it twice. With an engine,
     * the architectures the store lacks go to the engine at once (unclaimed: the engine is the one worker) and each
     * result is stored as it arrives.
     *
     * @param stoppedAs the status a stopped run gets: CANCELLED for the window's Cancel, INTERRUPTED for a signal
     */
    public Outcome execute(List<? extends Architecture> architectures, String label, Listener listener,
                           BooleanSupplier cancelled, RunStatus stoppedAs) {
        // the same request as a finished run (e.g. Score pressed again): show that run rather than record a copy
        Long finished = store == null ? null : finishedRunCovering(label, architectures);
        long runId = store == null ? -1 : finished != null ? finished : openRun(label, architectures.size());
        try {
            return executeIn(runId, finished, architectures, listener, cancelled, stoppedAs);
        } catch (RuntimeException | Error e) {
            // a failure (a Spark job, a full disk, a refused network) leaves no run marked running
            if (store != null && finished == null) {
                FailedRuns.close(store, runId);
            }
            throw e;
        }
    }

    private Outcome executeIn(long runId, Long finished, List<? extends Architecture> architectures,
                              Listener listener, BooleanSupplier cancelled, RunStatus stoppedAs) {
        Map<Integer, ScoreResult> known = store == null ? Map.of() : knownScores(runId);
        Set<Integer> inRun = store == null ? Set.of() : store.scoredIndices(runId);
        String owner = "run" + runId + "-" + java.util.UUID.randomUUID();
        RunLedger ledger = new RunLedger(store, settings, runId, owner, inRun, a -> claimedElsewhere(a, owner));
        Map<Architecture, ScoreResult> byArch = new java.util.IdentityHashMap<>();
        java.util.ArrayDeque<Architecture> putOff = new java.util.ArrayDeque<>();
        int computed = 0;
        double computeSeconds = 0;
        boolean wasCancelled = false;
        int done = 0;
        List<Architecture> queue = new ArrayList<>(architectures);
        try (ScoreSource source = openSource(queue, known, ledger)) {
            for (int i = 0; i < queue.size() || !putOff.isEmpty(); i++) {
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                boolean second = i >= queue.size();
                Architecture a = second ? putOff.peekFirst() : queue.get(i);
                ScoreResult stored = a.index() >= 0 ? ofArchitecture(known.get(a.index()), a) : null;
                ScoreSource.Delivery d = stored != null ? ScoreSource.Delivery.reused(stored)
                        : source.deliver(a, cancelled);
                if (d == ScoreSource.PUT_OFF) {
                    // claimed by another process: first the rest of the list, then wait for its stored score
                    if (!second) {
                        putOff.addLast(a);
                    } else {
                        pause(cancelled);
                    }
                    continue;
                }
                if (d == ScoreSource.CANCELLED) {
                    wasCancelled = true;
                    break;
                }
                if (second) {
                    putOff.removeFirst();
                }
                ScoreResult r = d.result();
                if (d.computed()) {
                    computed++;
                    computeSeconds += r.seconds();
                }
                if (!d.stored() && !source.recorded(a.index())) {
                    ledger.record(a, r);
                }
                byArch.put(a, r);
                done++;
                listener.scored(r, !d.computed(), done, architectures.size());
            }
        }
        if (store != null && finished == null) {
            store.finishRun(runId, wasCancelled ? stoppedAs : RunStatus.FINISHED);
        }
        List<ScoreResult> results = new ArrayList<>(byArch.size());
        for (Architecture a : architectures) {
            ScoreResult r = byArch.get(a);
            if (r != null) {
                results.add(r);
            }
        }
        return new Outcome(runId, results, computed, wasCancelled, computeSeconds);
    }

    /**
     * The engine when there is one, else the workers when there are several, else this thread. Engine and workers
     * get every architecture without a known score at once (one listed twice is scored once); with none missing
     * nothing is started, and the run (which then reuses every score) has this thread's source.
     */
    private ScoreSource openSource(List<Architecture> queue, Map<Integer, ScoreResult> known, RunLedger ledger) {
        if (engine != null) {
            Map<Integer, Architecture> missing = new LinkedHashMap<>();
            for (Architecture a : queue) {
                if (a.index() < 0) {
                    throw new IllegalArgumentException("the " + engine.name() + " engine scores indexed "
                            + "architectures only, not " + a.encoding());
                }
                if (ofArchitecture(known.get(a.index()), a) == null) {
                    missing.putIfAbsent(a.index(), a);
                }
            }
            if (!missing.isEmpty()) {
                return new EngineSource(engine, List.copyOf(missing.values()), ledger);
            }
        } else if (workers > 1) {
            Map<Object, Architecture> missing = new LinkedHashMap<>();
            for (Architecture a : queue) {
                if (ofArchitecture(known.get(a.index()), a) == null) {
                    missing.putIfAbsent(ParallelFeed.key(a), a);
                }
            }
            if (!missing.isEmpty()) {
                return new WorkerSource(workerScorers, workers, List.copyOf(missing.values()), settings, ledger);
            }
        }
        return new InlineSource(scorer, settings, ledger);
    }

    /** Where notes go, e.g. that the run waits for another process's claims; by default nowhere. */
    public ScoringRun onNote(java.util.function.Consumer<String> notes) {
        this.notes = java.util.Objects.requireNonNull(notes);
        return this;
    }

    /**
     * Says (at once, then at most every {@value #WAIT_NOTE_SECONDS} s) that architectures are claimed by another
     * live process, so that a run waiting for another's scores does not look hung.
     */
    private synchronized void claimedElsewhere(Architecture a, String owner) {
        claimedByOthers.add(a.index());
        long now = System.nanoTime();
        if (lastWaitNote != 0 && now - lastWaitNote < WAIT_NOTE_SECONDS * 1_000_000_000L) {
            return;
        }
        lastWaitNote = now;
        String who = store.claimHolder(settings, a.index(), owner).orElse("another process");
        int more = claimedByOthers.size() - 1;
        notes.accept("architecture " + a.index() + (more > 0 ? " (and " + more + " more)" : "") + " is being scored "
                + "by " + who + " with the same settings: this run takes its score from the store when it is stored, "
                + "and waits for it at the end (a claim whose process has ended is taken over)");
    }

    /** Waits a moment for another process's score, in small steps so that a cancel is seen at once. */
    private static void pause(BooleanSupplier cancelled) {
        for (int k = 0; k < 10 && !cancelled.getAsBoolean(); k++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public ScoreResult score(Architecture a) {
        return score(scorer, settings, a, () -> false);
    }

    /** One architecture's result under these settings with its own seed, on any scorer of the same session. */
    static ScoreResult score(NaswotScorer scorer, ScoringSettings settings, Architecture a, BooleanSupplier cancelled) {
        KernelScore k = scorer.score(a, Weights.seeded(ArchitectureSeeds.of(settings, a), settings.protocol().weightInit()), cancelled);
        return new ScoreResult(settings.space(), a.index(), a.encoding(), k.logDet(), k.reluUnits(), k.params(),
                k.seconds());
    }

    private Long finishedRunCovering(String label, List<? extends Architecture> architectures) {
        Optional<Long> id = store.findFinishedRun(settings, label);
        if (id.isEmpty()) {
            return null;
        }
        Set<Integer> stored = store.scoredIndices(id.get());
        for (Architecture a : architectures) {
            if (a.index() < 0 || !stored.contains(a.index())) {
                return null;
            }
        }
        return id.get();
    }

    private long openRun(String label, int requested) {
        return store.findResumableRun(settings, label).map(id -> {
            store.resumeRun(id);
            return id;
        }).orElseGet(() -> store.startRun(settings, label, requested, batch.description()));
    }

    /**
     * A stored score only stands for the architecture it was computed for: an index means another network when a
     * space's entries come from an import that was replaced (an NDS file imported again), so the text must match.
     */
    static ScoreResult ofArchitecture(ScoreResult stored, Architecture a) {
        return stored != null && stored.arch().equals(a.encoding()) ? stored : null;
    }

    /** Scores with equal settings from any run, this run's own first. */
    private Map<Integer, ScoreResult> knownScores(long runId) {
        Map<Integer, ScoreResult> known = new LinkedHashMap<>(store.cachedScores(settings));
        for (ScoreResult r : store.scores(runId)) {
            known.put(r.index(), r);
        }
        return known;
    }

    public ImageBatch batch() {
        return batch;
    }

    public ScoringSettings settings() {
        return settings;
    }
}
