package org.naswot.run;

import java.util.HashMap;
import java.util.Map;
import org.naswot.score.ScoreResult;
import org.naswot.search.ArchitectureScorer;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;

/**
 * NASWOT scores for a search: a score already stored for the same (architecture, settings), from any run,
 * is reused; a new one is computed and stored at once. Counts what it computed and reused.
 */
public final class StoredScorer implements ArchitectureScorer, AutoCloseable {
    private final ScoringRun scoring;
    private final ResultStore store;
    private final long runId;
    private final Map<Integer, ScoreResult> known;
    private int computed;
    private int reused;
    private double computeSeconds;

    /** @param store where scores are looked up and kept; null for in-memory only */
    public StoredScorer(ScoringSession session, ResultStore store, String label) {
        this.scoring = session.run(store);
        this.store = store;
        this.runId = store == null ? -1 : store.startRun(session.settings(), label, null,
                session.batch().description());
        this.known = store == null ? new HashMap<>() : new HashMap<>(store.cachedScores(session.settings()));
    }

    @Override
    public double score(Architecture a) {
        return result(a).score();
    }

    public ScoreResult result(Architecture a) {
        ScoreResult r = a.index() >= 0 ? ScoringRun.ofArchitecture(known.get(a.index()), a) : null;
        if (r != null) {
            reused++;
            return r;
        }
        r = scoring.score(a);
        computed++;
        computeSeconds += r.seconds();
        if (a.index() >= 0) {
            known.put(a.index(), r);
            if (store != null) {
                store.addScore(runId, r);
            }
        }
        return r;
    }

    public int computed() {
        return computed;
    }

    public int reused() {
        return reused;
    }

    public double computeSeconds() {
        return computeSeconds;
    }

    @Override
    public void close() {
        if (store != null) {
            store.finishRun(runId, RunStatus.FINISHED);
        }
    }
}
