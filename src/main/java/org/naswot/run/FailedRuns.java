package org.naswot.run;

import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;

/**
 * What a scoring run that failed leaves in the store: nothing when it stored no score (an empty run helps nobody),
 * else the run marked interrupted, so that the same command resumes it; never a run marked running.
 */
final class FailedRuns {
    private FailedRuns() {
    }

    static void close(ResultStore store, long runId) {
        try {
            if (store.scoredIndices(runId).isEmpty()) {
                store.deleteRun(runId);
            } else {
                store.finishRun(runId, RunStatus.INTERRUPTED);
            }
        } catch (RuntimeException e) {
            // the store itself failed (a full disk): the original failure is the one to report; a kill -9 leaves
            // the same state and the next command resumes from it
        }
    }
}
