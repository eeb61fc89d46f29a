package org.naswot.spark;

import java.io.Serializable;
import java.util.ArrayList;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.naswot.run.ScoringSession;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;
import scala.runtime.AbstractFunction1;

/**
 * The task: scores one partition's architecture indices on an executor, with a session of that executor's pool, and
 * returns the partition's rows together (a failed attempt returns nothing, so a retry neither loses nor repeats
 * rows).
 */
final class ScorePartition extends AbstractFunction1<scala.collection.Iterator<Integer>, ArrayList<ScoreResult>>
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String runKey;
    private final ScoringJob job;
    private final Broadcast<ShippedBatch> batch;
    private final TaskProbe probe;

    ScorePartition(String runKey, ScoringJob job, Broadcast<ShippedBatch> batch, TaskProbe probe) {
        this.runKey = runKey;
        this.job = job;
        this.batch = batch;
        this.probe = probe;
    }

    @Override
    public ArrayList<ScoreResult> apply(scala.collection.Iterator<Integer> indices) {
        TaskContext task = TaskContext.get();
        ScoringSession session = ExecutorSessions.borrow(runKey, job, batch.value());
        try {
            ArrayList<ScoreResult> rows = new ArrayList<>();
            while (indices.hasNext()) {
                Architecture a = session.context().space().architecture(indices.next());
                rows.add(session.run(null).score(a));
                probe.scored(task.partitionId(), task.attemptNumber());
            }
            return rows;
        } finally {
            ExecutorSessions.giveBack(runKey, session);
        }
    }
}
