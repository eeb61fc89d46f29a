package org.naswot.service;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;

/** A scoring run into a results database, for front ends that hold no store themselves (the window). */
public final class ScoringService {
    private ScoringService() {
    }

    /**
     * Scores {@code architectures} on {@code workers} local workers, storing each result as it comes, resuming an
     * unfinished run of the same settings and label; the database is created when it does not exist.
     */
    public static ScoringRun.Outcome score(ScoringSession session, Path db, int workers,
                                           List<? extends Architecture> architectures, String label,
                                           ScoringRun.Listener listener, BooleanSupplier cancelled) {
        try (ResultStore store = ResultStore.open(db)) {
            return session.run(store, workers).execute(architectures, label, listener, cancelled);
        }
    }
}
