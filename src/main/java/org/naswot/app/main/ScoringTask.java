package org.naswot.app.main;

import org.naswot.service.ExplorerSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.naswot.app.explore.ScatterWarmUp;
import org.naswot.figures.model.ScorePoint;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.service.ArchitectureSelection;
import org.naswot.service.ScoringService;
import org.naswot.run.SpaceContext;
import org.naswot.space.Architecture;
import java.time.Duration;

/**
 * Scores a sample (or all) of a space off the FX thread. Each result goes to {@code sink} as it arrives
 * (the scatter's thread-safe queue) and into the results database, in request order. On the CPU one architecture
 * per core is in flight, as in {@code score-space}; cancel takes effect once those are done (well under a second
 * per NB201 cell) and keeps every finished score.
 */
public final class ScoringTask extends Task<ScoringRun.Outcome> {
    private final ExplorerSettings settings;
    private final DataDirectory data;
    private final Path db;
    private final Consumer<ScorePoint> sink;
    private final Consumer<String> notes;
    private volatile double archsPerSecond;

    public ScoringTask(ExplorerSettings settings, DataDirectory data, Path db, Consumer<ScorePoint> sink,
                       Consumer<String> notes) {
        this.settings = settings;
        this.data = data;
        this.db = db;
        this.sink = sink;
        this.notes = notes;
    }

    @Override
    protected ScoringRun.Outcome call() {
        // before libtorch starts its worker threads from this one: they inherit the lower priority
        BackgroundPriority.lowerCurrentThread();
        EngineSetup.threads(null);
        updateMessage("Preparing " + settings.space() + " on " + settings.dataset() + "...");
        SpaceContext ctx = SpaceContext.open(settings.space(), data);
        if (ctx.space().size() == 0) {
            // an NDS space before its file is imported: its accuracy check says which file and how
            ctx.requireAccuracyColumn(ctx.defaultAccuracyColumn());
            throw new UserFacingException(ctx.id() + " has no architectures to score yet");
        }
        try (ScoringSession session = ScoringSession.open(settings.scoringConfig(), ctx, notes)) {
            // the picker's sample means "up to": a space smaller than it is scored whole
            int size = ctx.space().size();
            ArchitectureSelection selection = ArchitectureSelection.of(ctx, settings.sample() > 0
                    ? new ArchitectureSelection.Request.Sample(Math.min(settings.sample(), size), settings.seed())
                    : new ArchitectureSelection.Request.All());
            selection.notes(ctx.id()).forEach(notes);
            List<Architecture> archs = selection.architectures();
            // the first redraws of a cold chart take hundreds of ms on the FX thread: let the warm-up finish first
            ScatterWarmUp.awaitReady(Duration.ofSeconds(10));
            // as score-space does: on the CPU whole architectures side by side, one libtorch thread each (the workers
            // start from this thread, so they run at its lowered priority too)
            int workers = session.device().device().isGpu() ? 1 : EngineSetup.cpuWorkers(1);
            int threadsBefore = workers > 1 ? EngineSetup.intraOpThreadsForNewThreads(1) : 0;
            try {
                return score(session, workers, ctx, archs);
            } finally {
                if (workers > 1) {
                    EngineSetup.intraOpThreadsForNewThreads(threadsBefore);
                }
            }
        }
    }

    private ScoringRun.Outcome score(ScoringSession session, int workers, SpaceContext ctx, List<Architecture> archs) {
        long start = System.nanoTime();
        String column = settings.accuracyColumn();
        int[] computed = {0};
        return ScoringService.score(session, db, workers, archs, settings.label(), (r, reused, done, total) -> {
            // one run, one group: a resumed run's stored and new scores are the same run (one tau)
            sink.accept(new ScorePoint(r.index(), r.arch(), r.score(), ctx.accuracy(r.index(), column), r.params(),
                    "this run"));
            if (!reused) {
                computed[0]++;
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            // stored scores arrive at once: the rate and the ETA count computed architectures only
            archsPerSecond = computed[0] / Math.max(elapsed, 1e-9);
            updateProgress(done, total);
            updateMessage(computed[0] == 0
                    ? String.format("%,d / %,d architectures from the database", done, total)
                    : String.format("%,d / %,d architectures  ·  %s  ·  ETA %s", done, total,
                    rateText(archsPerSecond), formatDuration((total - done) / Math.max(archsPerSecond, 1e-9))));
        }, this::isCancelled);
    }

    public double archsPerSecond() {
        return archsPerSecond;
    }

    /** "3.2 per second", or below one a second "25.0 s per architecture" (a slow space read "0.0 per second"). */
    static String rateText(double perSecond) {
        return perSecond >= 1 ? String.format(java.util.Locale.ROOT, "%.1f per second", perSecond)
                : String.format(java.util.Locale.ROOT, "%.1f s per architecture", 1 / Math.max(perSecond, 1e-9));
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
