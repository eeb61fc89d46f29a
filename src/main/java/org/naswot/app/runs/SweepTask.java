package org.naswot.app.runs;

import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringRun;
import org.naswot.run.SweepGrid;
import org.naswot.run.SweepPoint;
import org.naswot.score.ScoreResult;
import org.naswot.service.RunComparison;
import org.naswot.service.SweepService;
import org.naswot.store.RunStatus;
import org.naswot.store.SweepInfo;

/**
 * A sweep run in the background through {@link SweepService}, as {@code naswot sweep} runs it: progress over the whole
 * grid, the current point in the message; Cancel stops inside the current architecture and leaves the sweep to be
 * continued. A new grid or the id of a stored sweep to continue.
 */
final class SweepTask extends Task<SweepService.Outcome> {
    private final SweepService sweeps;
    private final SweepGrid grid;
    private volatile Long sweepId;
    private volatile String summary = "";

    SweepTask(SweepService sweeps, SweepGrid grid, Long sweepId) {
        this.sweeps = sweeps;
        this.grid = grid;
        this.sweepId = sweepId;
    }

    @Override
    protected SweepService.Outcome call() {
        // as the window's scoring does: lower priority, and on the CPU one architecture per core, one thread each
        BackgroundPriority.lowerCurrentThread();
        EngineSetup.threads(null);
        updateMessage("Preparing the sweep...");
        long id = sweepId != null ? sweepId : sweeps.open(grid);
        sweepId = id;
        int workers = EngineSetup.cpuWorkers(1);
        int threadsBefore = workers > 1 ? EngineSetup.intraOpThreadsForNewThreads(1) : 0;
        try {
            SweepService.Outcome o = sweeps.execute(id, workers, new Progress(id), this::isCancelled,
                    RunStatus.CANCELLED);
            summary = summarise(sweeps.sweep(id));
            return o;
        } finally {
            if (workers > 1) {
                EngineSetup.intraOpThreadsForNewThreads(threadsBefore);
            }
        }
    }

    /** The sweep's id once it is stored, else null. */
    Long sweepId() {
        return sweepId;
    }

    /** Its grouped tau, for the notification. */
    String summary() {
        return summary;
    }

    private String summarise(SweepInfo sweep) {
        RunComparison.Comparison c = sweeps.results(sweep, null, RunComparison.RESAMPLES);
        List<String> parts = c.groups().stream().map(g -> String.format(Locale.ROOT, "%s: tau %.3f \u00b1 %.3f (%d runs)",
                g.label(), g.meanTau(), g.stdTau(), g.withTau())).toList();
        return c.rows().size() + " runs; " + String.join("; ", parts) + ".";
    }

    /** Progress over the grid: finished points plus the share of the current one. */
    private final class Progress implements SweepService.Listener {
        private final long id;
        private int position;
        private int points = 1;
        private SweepPoint point;

        Progress(long id) {
            this.id = id;
        }

        @Override
        public void pointStarted(int p, int count, SweepPoint at, boolean finished) {
            position = p;
            points = count;
            point = at;
            updateProgress(p + (finished ? 1 : 0), count);
            updateMessage(String.format(Locale.ROOT, "Sweep %d, point %d of %d (%s)%s", id, p + 1, count,
                    describe(at), finished ? ": finished before" : "..."));
        }

        @Override
        public void scored(ScoreResult result, boolean reused, int done, int total) {
            updateProgress(position + done / (double) total, points);
            updateMessage(String.format(Locale.ROOT, "Sweep %d, point %d of %d (%s): %d / %d architectures", id,
                    position + 1, points, describe(point), done, total));
        }

        @Override
        public void pointEnded(int p, long runId, ScoringRun.Outcome outcome) {
            updateProgress(p + 1, points);
        }
    }

    static String describe(SweepPoint p) {
        return p.space() + ", " + p.input().cliName() + ", " + p.counting().cliName() + " counting, batch "
                + p.batchSize() + ", seed " + p.seed();
    }
}
