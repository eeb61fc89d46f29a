package org.naswot.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;

/**
 * Scores architectures somewhere other than this thread (e.g. the executors of a Spark cluster) with the same
 * settings and per-architecture seeds as {@link ScoringRun#score}, handing each result back as soon as it is done.
 * A {@link ScoringRun} given an engine sends it only the architectures the store lacks, stores every result as it
 * arrives and reports them in request order, so resume, export and the window work as with local scoring.
 */
public interface ScoreEngine extends AutoCloseable {

    /**
     * Scores every architecture, calling {@code sink} once per architecture (in any order, from the calling thread)
     * as results arrive; returns when all have been delivered, or soon after {@code cancelled} turns true.
     *
     * @throws RuntimeException when the engine gives up (e.g. a task failed more often than it may be retried)
     */
    void score(List<Architecture> architectures, Consumer<ScoreResult> sink, BooleanSupplier cancelled);

    /** A short name for summaries, e.g. "spark". */
    String name();

    @Override
    void close();
}
