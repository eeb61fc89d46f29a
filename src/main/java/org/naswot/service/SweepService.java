package org.naswot.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.run.SweepGrid;
import org.naswot.run.SweepPoint;
import org.naswot.score.ScoreResult;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;
import org.naswot.store.SweepInfo;

/**
 * Sweeps, for the command line's {@code naswot sweep} and the window's "New sweep…": a {@link SweepGrid} stored with
 * its points, each point scored one after the other as an ordinary scoring run (the same {@link ScoringRun} as
 * score-space, so each score is stored as it comes). Resuming runs the points whose run has not finished: a finished
 * point is not redone, the interrupted one continues its own run (found by its settings and label, as rerunning
 * score-space does), the rest start. The same grid asked again is the same sweep.
 */
public final class SweepService {
    private final Path db;
    private final DataDirectory data;
    private final Map<String, SpaceContext> spaces = new ConcurrentHashMap<>();

    /** What a sweep tells its front end as it goes (on the sweep's thread). */
    public interface Listener {
        /** A point starts; {@code finished}: its run had finished before, nothing is scored again. */
        default void pointStarted(int position, int points, SweepPoint point, boolean finished) {
        }

        /** One architecture of the current point, as {@link ScoringRun.Listener} reports it. */
        default void scored(ScoreResult result, boolean reused, int done, int total) {
        }

        /** A point's run ended (finished or stopped) with this id. */
        default void pointEnded(int position, long runId, ScoringRun.Outcome outcome) {
        }

        /** Warnings worth showing (batch or device fallbacks). */
        default void note(String message) {
        }
    }

    /** @param stopped the sweep was cancelled or interrupted before its last point finished */
    public record Outcome(long sweepId, boolean stopped, int pointsScored, int pointsAlreadyFinished) {
    }

    public SweepService(Path db, DataDirectory data) {
        this.db = db;
        this.data = data;
    }

    public Path db() {
        return db;
    }

    /**
     * The sweep of this grid: the one stored before (to be continued), or a new one. Each point's space is opened first,
     * so a grid naming an unknown space leaves no sweep behind.
     */
    public long open(SweepGrid grid) {
        for (String space : grid.spaces()) {
            SpaceContext ctx = space(space);
            ctx.requireAccuracyColumn(ctx.defaultAccuracyColumn());
            ctx.datasetClasses(grid.dataset());
        }
        try (ResultStore store = ResultStore.open(db)) {
            return store.findSweep(grid.json()).orElseGet(() -> store.startSweep(grid.json(),
                    grid.points().stream().map(p -> json(p.fields())).toList()));
        }
    }

    /**
     * Runs the sweep's points that have no finished run, in order, on {@code workers} local workers each.
     *
     * @param stoppedAs the status a stopped sweep and its current run get: INTERRUPTED for a signal, CANCELLED for
     *                  the window's Cancel (either way the sweep can be continued)
     */
    public Outcome execute(long sweepId, int workers, Listener listener, BooleanSupplier cancelled,
                           RunStatus stoppedAs) {
        try (ResultStore store = ResultStore.open(db)) {
            SweepInfo sweep = store.requireSweep(sweepId);
            SweepGrid grid = SweepGrid.fromJson(sweep.gridJson());
            List<SweepPoint> points = grid.points();
            store.setSweepStatus(sweepId, RunStatus.RUNNING);
            int scored = 0;
            int skipped = 0;
            boolean stopped = false;
            try {
                for (int i = 0; i < points.size(); i++) {
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    SweepPoint point = points.get(i);
                    if (finishedRun(store, sweep.points().get(i)) != null) {
                        skipped++;
                        listener.pointStarted(i, points.size(), point, true);
                        continue;
                    }
                    listener.pointStarted(i, points.size(), point, false);
                    ScoringRun.Outcome o = scorePoint(store, sweepId, grid, point, workers, listener, cancelled,
                            stoppedAs);
                    store.attachSweepRun(sweepId, i, o.runId());
                    listener.pointEnded(i, o.runId(), o);
                    scored++;
                    if (o.cancelled()) {
                        stopped = true;
                        break;
                    }
                }
            } catch (RuntimeException | Error e) {
                // a failure (or a kill's exception) leaves the sweep to be continued, never marked running
                safely(() -> store.setSweepStatus(sweepId, RunStatus.INTERRUPTED));
                throw e;
            }
            store.setSweepStatus(sweepId, stopped ? stoppedAs : RunStatus.FINISHED);
            return new Outcome(sweepId, stopped, scored, skipped);
        }
    }

    private ScoringRun.Outcome scorePoint(ResultStore store, long sweepId, SweepGrid grid, SweepPoint point,
                                          int workers, Listener listener, BooleanSupplier cancelled,
                                          RunStatus stoppedAs) {
        SpaceContext ctx = space(point.space());
        if (ctx.space().size() == 0) {
            throw new UserFacingException(ctx.id() + " has no architectures to score yet");
        }
        try (ScoringSession session = ScoringSession.open(point.config(grid.dataset(), grid.device(),
                grid.weightSeeds()), ctx, listener::note)) {
            ArchitectureSelection selection = ArchitectureSelection.of(ctx, new ArchitectureSelection.Request.Sample(
                    Math.min(grid.sample(), ctx.space().size()), point.seed()));
            selection.notes(ctx.id()).forEach(listener::note);
            int w = session.device().device().isGpu() ? 1 : workers;
            return session.run(store, w).execute(selection.architectures(), label(sweepId, grid, point),
                    listener::scored, cancelled, stoppedAs);
        }
    }

    /** The label of a point's run: resuming finds the run by its settings and this label. */
    static String label(long sweepId, SweepGrid grid, SweepPoint point) {
        return "sweep " + sweepId + ": --sample " + grid.sample() + " " + point.options();
    }

    private static RunInfo finishedRun(ResultStore store, SweepInfo.Point point) {
        if (point.runId() == null) {
            return null;
        }
        RunInfo run = store.run(point.runId()).orElse(null);
        return run != null && run.status() == RunStatus.FINISHED ? run : null;
    }

    /** Every stored sweep, oldest first; none before the database exists. */
    public List<SweepInfo> sweeps() {
        if (!Files.isRegularFile(db)) {
            return List.of();
        }
        return read(ResultStore::sweeps);
    }

    /** One sweep; an unknown id is a user-facing error that lists the sweeps there are. */
    public SweepInfo sweep(long sweepId) {
        if (!Files.isRegularFile(db)) {
            throw new UserFacingException("results database " + db + " not found: give the one that holds the sweep "
                    + "with --db (naswot sweep list --db FILE lists its sweeps)");
        }
        return read(store -> store.requireSweep(sweepId));
    }

    /** The sweeps not finished (stopped, failed or killed): the window offers to continue them. */
    public List<SweepInfo> unfinished() {
        return sweeps().stream().filter(s -> s.status() != RunStatus.FINISHED).toList();
    }

    /** How many of the sweep's points have a finished run. */
    public int finishedPoints(SweepInfo sweep) {
        return read(store -> (int) sweep.points().stream().filter(p -> finishedRun(store, p) != null).count());
    }

    /**
     * The sweep's runs compared (in point order; points without a run yet are left out) and grouped by {@code groupBy},
     * by default by the settings the grid varies except the seed, so each group's mean ± std is over the seeds.
     */
    public RunComparison.Comparison results(SweepInfo sweep, List<RunSetting> groupBy, int resamples) {
        RunHistory history = new RunHistory(db, data);
        List<RunInfo> runs = new ArrayList<>();
        read(store -> {
            for (SweepInfo.Point p : sweep.points()) {
                if (p.runId() != null) {
                    store.run(p.runId()).ifPresent(runs::add);
                }
            }
            return null;
        });
        return RunComparison.ofRuns(history, runs, groupBy != null ? groupBy : defaultGroups(sweep), resamples);
    }

    /** The grid's varying settings but the seed. */
    public static List<RunSetting> defaultGroups(SweepInfo sweep) {
        return SweepGrid.fromJson(sweep.gridJson()).varying().stream().filter(s -> !s.equals("seed"))
                .map(RunSetting::named).toList();
    }

    private SpaceContext space(String key) {
        return spaces.computeIfAbsent(key, k -> SpaceContext.open(k, data));
    }

    private <T> T read(Function<ResultStore, T> query) {
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            return query.apply(store);
        }
    }

    private static String json(Map<String, Object> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // the original failure is the one to report
        }
    }
}
