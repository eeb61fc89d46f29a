package org.naswot.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.naswot.data.ImageBatch;
import org.naswot.score.KernelScore;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringCancelledException;
import org.naswot.score.ScoringSettings;
import org.naswot.score.Weights;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;

/**
 * Scores a list of architectures with one batch and one set of settings, persisting each score as soon as
 * it exists. Rerunning the same request resumes: architectures already in the store (in this run, or in any
 * run with equal settings) are reused, so a crash or cancel loses at most the architecture in flight.
 */
public final class ScoringRun {

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

    /** @param store where results go; null to keep them in memory only */
    public ScoringRun(ScoringSettings settings, ImageBatch batch, NaswotScorer scorer, ResultStore store) {
        this.settings = settings;
        this.batch = batch;
        this.scorer = scorer;
        this.store = store;
    }

    public Outcome execute(List<? extends Architecture> architectures, String label, Listener listener,
                           BooleanSupplier cancelled) {
        long runId = store == null ? -1 : openRun(label, architectures.size());
        Map<Integer, ScoreResult> known = store == null ? Map.of() : knownScores(runId);
        Set<Integer> inRun = store == null ? Set.of() : store.scoredIndices(runId);
        List<ScoreResult> results = new ArrayList<>(architectures.size());
        int computed = 0;
        double computeSeconds = 0;
        boolean wasCancelled = false;
        for (Architecture a : architectures) {
            if (cancelled.getAsBoolean()) {
                wasCancelled = true;
                break;
            }
            ScoreResult r = a.index() >= 0 ? known.get(a.index()) : null;
            boolean reused = r != null;
            if (!reused) {
                try {
                    r = score(a, cancelled);
                } catch (ScoringCancelledException e) {
                    // cancelled in the middle of a forward pass: the architecture in flight is dropped
                    wasCancelled = true;
                    break;
                }
                computed++;
                computeSeconds += r.seconds();
            }
            if (store != null && a.index() >= 0 && !inRun.contains(a.index())) {
                store.addScore(runId, r);
            }
            results.add(r);
            listener.scored(r, reused, results.size(), architectures.size());
        }
        if (store != null) {
            store.finishRun(runId, wasCancelled ? RunStatus.CANCELLED : RunStatus.FINISHED);
        }
        return new Outcome(runId, results, computed, wasCancelled, computeSeconds);
    }

    public ScoreResult score(Architecture a) {
        return score(a, () -> false);
    }

    private ScoreResult score(Architecture a, BooleanSupplier cancelled) {
        KernelScore k = scorer.score(a, Weights.seeded(ArchitectureSeeds.of(settings.initSeed(), a)), cancelled);
        return new ScoreResult(settings.space(), a.index(), a.encoding(), k.logDet(), k.reluUnits(), k.params(),
                k.seconds());
    }

    private long openRun(String label, int requested) {
        return store.findResumableRun(settings, label).map(id -> {
            store.resumeRun(id);
            return id;
        }).orElseGet(() -> store.startRun(settings, label, requested, batch.description()));
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
