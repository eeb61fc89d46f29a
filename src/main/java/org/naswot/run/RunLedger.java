package org.naswot.run;

import java.util.Set;
import java.util.function.Consumer;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;

/**
 * One execution's persistence and claims, shared by every {@link ScoreSource} so that each claims, stores and
 * releases in the same order: look in the store, claim, look again, score, store, release (the store's methods are
 * synchronized, so workers may call it at once). Without a store, or for an architecture without an index, there is
 * nothing to claim or store.
 */
final class RunLedger {

    /** The store's answer before scoring: a score another run stored, ours to score, or another process's claim. */
    record Claim(ScoreResult stored, boolean ours) {
        static final Claim OURS = new Claim(null, true);
        static final Claim ELSEWHERE = new Claim(null, false);
    }

    private final ResultStore store;
    private final ScoringSettings settings;
    private final long runId;
    private final String owner;
    private final Set<Integer> inRun;
    private final Consumer<Architecture> heldElsewhere;

    /**
     * @param inRun         indices this run had stored when it started
     * @param heldElsewhere told of each architecture another process holds the claim of
     */
    RunLedger(ResultStore store, ScoringSettings settings, long runId, String owner, Set<Integer> inRun,
              Consumer<Architecture> heldElsewhere) {
        this.store = store;
        this.settings = settings;
        this.runId = runId;
        this.owner = owner;
        this.inRun = inRun;
        this.heldElsewhere = heldElsewhere;
    }

    /** Whether this architecture's score is claimed and stored (a store, and an index). */
    boolean persists(Architecture a) {
        return store != null && a.index() >= 0;
    }

    /**
     * A score stored meanwhile (by another process, or another run with equal settings), else the claim. The other
     * process stores a score before releasing its claim: look once more when the claim is ours, or a score stored
     * between the first look and the claim is computed twice.
     */
    Claim claim(Architecture a) {
        ScoreResult stored = stored(a);
        if (stored != null) {
            return new Claim(stored, false);
        }
        if (!store.claim(settings, a.index(), owner)) {
            heldElsewhere.accept(a);
            return Claim.ELSEWHERE;
        }
        stored = stored(a);
        if (stored != null) {
            store.release(settings, a.index(), owner);
            return new Claim(stored, false);
        }
        return Claim.OURS;
    }

    private ScoreResult stored(Architecture a) {
        return ScoringRun.ofArchitecture(store.cachedScore(settings, a.index()).orElse(null), a);
    }

    /** Records the score in this run unless the run has this index already. */
    void record(Architecture a, ScoreResult r) {
        if (persists(a) && !inRun.contains(a.index())) {
            store.addScore(runId, r);
        }
    }

    /** Adds the score to this run as it is (a worker's or the engine's result). */
    void add(ScoreResult r) {
        if (store != null) {
            store.addScore(runId, r);
        }
    }

    void release(Architecture a) {
        if (persists(a)) {
            store.release(settings, a.index(), owner);
        }
    }
}
