package org.naswot.run;

import java.util.function.BooleanSupplier;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;

/**
 * Where a {@link ScoringRun} gets the scores its store lacks: this thread ({@link InlineSource}), this process's
 * workers ({@link WorkerSource}) or a {@link ScoreEngine} elsewhere ({@link EngineSource}). The run asks in request
 * order and does the rest (reuse, recording, progress, the run's status) the same way for every source; claims and
 * storing go through the run's {@link RunLedger}.
 */
interface ScoreSource extends AutoCloseable {

    /** Another process holds the architecture's claim: the run asks again after the rest of its list. */
    Delivery PUT_OFF = new Delivery(null, false, false);
    /** Cancelled before the architecture's score existed. */
    Delivery CANCELLED = new Delivery(null, false, false);

    /**
     * What the source did for one architecture.
     *
     * @param computed scored now (otherwise a score that existed: reported as reused, not counted as computation)
     * @param stored   the source has recorded it in the run already
     */
    record Delivery(ScoreResult result, boolean computed, boolean stored) {
        static Delivery reused(ScoreResult r) {
            return new Delivery(r, false, false);
        }
    }

    /** The architecture's score, waiting for it; {@link #PUT_OFF} or {@link #CANCELLED} (compared by identity). */
    Delivery deliver(Architecture a, BooleanSupplier cancelled);

    /** Whether the source recorded this index in the run on its own (an engine stores results as they arrive). */
    default boolean recorded(int index) {
        return false;
    }

    /** Stops whatever the source still runs and waits for it. */
    @Override
    default void close() {
    }
}
