package org.naswot.app.main;

import org.naswot.store.RunInfo;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.data.DataDirectory;
import org.naswot.run.ScoringRun;
import org.naswot.service.ExplorerSettings;
import org.naswot.spaces.SpaceModules;

/**
 * Scoring from the window: one {@link ScoringTask} at a time on the scoring worker, its scores streaming into the
 * scatter and the database, its progress in the status line; Cancel keeps what was stored. Remembers what a cell
 * cost, so the whole space's duration can be told before it starts.
 */
public final class ScoringViewModel {
    private final Supplier<ExplorerSettings> settings;
    private final StringProperty space;
    private final DataDirectory data;
    private final Path db;
    private final ScoreScatterModel scatter;
    private final RunListViewModel runList;
    private final StatusLine line;
    private final ExecutorService worker;
    private ScoringTask task;
    /** Seconds per computed cell in this session's last run of this space, or NaN. */
    private volatile double measuredSecondsPerCell = Double.NaN;
    private volatile String measuredSpace = "";

    ScoringViewModel(Supplier<ExplorerSettings> settings, StringProperty space, DataDirectory data, Path db,
                     ScoreScatterModel scatter, RunListViewModel runList, StatusLine line, ExecutorService worker) {
        this.settings = settings;
        this.space = space;
        this.data = data;
        this.db = db;
        this.scatter = scatter;
        this.runList = runList;
        this.line = line;
        this.worker = worker;
    }

    /** Starts scoring in the background; results stream into the scatter and the database. */
    public ScoringTask start() {
        if (line.running().get()) {
            return task;
        }
        // a run streams NASWOT scores: x shows them
        runList.showStreaming(space.get());
        ExplorerSettings chosen = settings.get();
        ScoringTask t = new ScoringTask(chosen, data, db, scatter::enqueue,
                n -> Platform.runLater(() -> line.notes().add(n)));
        line.follow(t);
        line.running().set(true);
        long started = System.nanoTime();
        t.setOnSucceeded(e -> {
            if (t.getValue().computed() > 0) {
                // throughput: wall-clock time per computed cell, so several workers count (review N8: the
                // per-worker time made estimates twice too long with two)
                measuredSecondsPerCell = (System.nanoTime() - started) / 1e9 / t.getValue().computed();
                measuredSpace = space.get();
            }
            finished(summary(t.getValue()));
            runList.showFinished(t.getValue().runId());
        });
        t.setOnCancelled(e -> {
            finished("Cancelled: the scores so far are stored; run again to resume.");
            // Cancel returns at once, but the scoring thread records the run's last score and its 'cancelled' status
            // when it stops: list the runs again then (the worker is single-threaded, so this job runs after it)
            // ... and the plot shows what the run stored, also what workers stored after Cancel (review m2: the
            // plot had n = 8 while 9 were stored): the cancelled run is shown again from the database
            worker.submit(() -> Platform.runLater(() -> {
                runList.refreshRuns();
                line.notes().add("Cancelled: the scores so far are stored; run again to resume.");
                runList.runs.stream().filter(r -> chosen.label().equals(r.label()))
                        .max(java.util.Comparator.comparingLong(RunInfo::id)).ifPresent(runList::show);
            }));
        });
        t.setOnFailed(e -> finished("Failed: " + ExplorerViewModel.describe(t.getException())));
        task = t;
        worker.submit(t);
        return t;
    }

    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public ScoringTask task() {
        return task;
    }

    private void finished(String message) {
        line.release(message);
        // every result was queued before the task ended: show the last ones and the final statistics now, not at
        // the pump's next tick
        scatter.drainQueue();
        scatter.refreshStatistics();
        // refresh before clearing running: whoever waits for the run's end then sees it listed
        runList.refreshRuns();
        line.running().set(false);
    }

    private static String summary(ScoringRun.Outcome o) {
        return String.format("Scored %,d architectures (%,d computed, %,d from the database) in run %d.",
                o.results().size(), o.computed(), o.results().size() - o.computed(), o.runId());
    }

    public boolean secondsPerCellMeasured() {
        return measuredSpace.equals(space.get()) && Double.isFinite(measuredSecondsPerCell);
    }

    /** What one cell costs to score: measured in this session where possible, else a typical two-core figure. */
    public double secondsPerCellEstimate() {
        if (secondsPerCellMeasured()) {
            return measuredSecondsPerCell;
        }
        return SpaceModules.of(space.get()).typicalSecondsPerArchitecture(space.get());
    }
}
