package org.naswot.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringRun;
import org.naswot.run.SweepGrid;
import org.naswot.run.SweepPoint;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.WeightSeeds;
import org.naswot.service.RunComparison;
import org.naswot.service.RunHistory;
import org.naswot.service.RunSetting;
import org.naswot.service.SweepService;
import org.naswot.store.RunStatus;
import org.naswot.store.SweepInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code naswot sweep}: a grid of scoring settings run one point after another, each point an ordinary scoring run
 * (as score-space), then tau grouped by the settings the grid varies. Everything goes through {@link SweepService},
 * which the window's "New sweep…" uses too.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a grid of settings: spaces x inputs x counting modes x protocols x batch sizes x seeds, "
                + "each point a "
                + "seeded sample of --sample architectures scored as score-space --sample N --seed S would (its runs "
                + "are listed by naswot runs list), then Kendall tau per run and mean \u00b1 std of tau per group "
                + "(by default the settings the grid varies, seeds pooled).",
            "Resumable: rerunning the same command (or --resume ID) continues the sweep: finished points are not "
                + "redone, the interrupted one resumes its run."},
        subcommands = {SweepCommand.ListSweeps.class, SweepCommand.Show.class})
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--space", paramLabel = "SPACE", description = "Search space: ${sys:naswot.spaces}. Default " + org.naswot.spaces.SpaceModules.DEFAULT_ID + "; "
            + "several: --spaces.")
    String space;

    @Option(names = "--spaces", paramLabel = "SPACE", split = ",", description = "Several search spaces (as --space).")
    List<String> spaces;

    @Option(names = "--dataset", defaultValue = "cifar10", description = "Images to score on (default ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--sample", paramLabel = "N", description = "Architectures per point, drawn with the point's seed.")
    Integer sample;

    @Option(names = "--seeds", paramLabel = "LIST", defaultValue = "1",
            description = "Seeds (batch draw, weights and sample), e.g. 1-5 or 1,3,7 (default ${DEFAULT-VALUE}).")
    String seeds;

    @Option(names = "--batch-size", paramLabel = "B", split = ",", defaultValue = "128",
            description = "Mini-batch sizes (default ${DEFAULT-VALUE}).")
    List<Integer> batchSizes;

    @Option(names = "--relu-count", paramLabel = "reference|once", split = ",", defaultValue = "reference",
            description = "Counting modes (default ${DEFAULT-VALUE}).")
    List<String> reluCounts;

    @Option(names = "--input", paramLabel = "dataset|noise", split = ",", defaultValue = "dataset",
            description = "Inputs: dataset images and/or Gaussian noise (default ${DEFAULT-VALUE}).")
    List<String> inputs;

    @Option(names = "--protocol", paramLabel = "paper|vkdnw", split = ",", defaultValue = "paper",
            description = "Protocols (default ${DEFAULT-VALUE}; see score-space --protocol): each point is one seed's "
                    + "run of score-space --protocol P --seed S; vkdnw scores batches of 64 whatever --batch-size says, "
                    + "so its points are one per seed. Grouped by protocol, tau's mean is over the seeds.")
    List<String> protocols;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or gpu:N (default ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--weight-seeds", defaultValue = "architecture", paramLabel = "architecture|index",
            description = "What each architecture's weight seed derives from besides the seed (default "
                    + "${DEFAULT-VALUE}, as score-space).")
    String weightSeeds;

    @Option(names = "--resume", paramLabel = "ID", description = "Continue the stored sweep ID (naswot sweep list).")
    Long resume;

    @Option(names = "--group-by", paramLabel = "SETTING", split = ",",
            description = "Group tau by these settings instead of the grid's varying ones (seeds pooled).")
    List<String> groupBy;

    @Option(names = "--workers", paramLabel = "W",
            description = "Architectures scored at once on the CPU (default: one per core up to 8, as score-space).")
    Integer workers;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "Bootstrap resamples of each run's intervals (default ${DEFAULT-VALUE}).")
    int resamples;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<RunSetting> by = groupBy == null ? null : RunComparison.settings(groupBy);
        if (resamples < 1) {
            throw new UserFacingException("--bootstrap must be at least 1, got " + resamples);
        }
        int localWorkers = localWorkers();
        EngineSetup.threads(localWorkers > 1 ? Integer.valueOf(Math.max(1,
                Runtime.getRuntime().availableProcessors() / localWorkers)) : null);
        SweepService sweeps = service(common);
        long id;
        if (resume != null) {
            picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
            boolean gridGiven = java.util.stream.Stream.of("--space", "--spaces", "--dataset", "--sample", "--seeds",
                    "--batch-size", "--relu-count", "--input", "--protocol", "--device", "--weight-seeds")
                    .anyMatch(parsed::hasMatchedOption);
            if (gridGiven) {
                throw new UserFacingException("--resume ID continues a stored grid: give it alone (naswot sweep show "
                        + resume + " shows the grid)");
            }
            id = sweeps.sweep(resume).id();
        } else {
            id = sweeps.open(grid());
        }
        Output out = new Output(spec, common.json);
        long started = System.nanoTime();
        SweepService.Outcome outcome;
        try (CancelOnInterrupt cancel = CancelOnInterrupt.install()) {
            outcome = sweeps.execute(id, localWorkers, new Printer(out, sweeps), cancel::requested,
                    RunStatus.INTERRUPTED);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        SweepInfo sweep = sweeps.sweep(id);
        RunComparison.Comparison results = sweeps.results(sweep, by, resamples);
        if (common.json) {
            Map<String, Object> o = ComparisonOutput.summaryObject(results);
            o.put("sweep_id", id);
            o.put("grid", SweepGrid.fromJson(sweep.gridJson()).json());
            o.put("points", sweep.points().size());
            o.put("points_scored", outcome.pointsScored());
            o.put("points_already_finished", outcome.pointsAlreadyFinished());
            o.put("wall_seconds", JsonLines.number(wall));
            o.put("cancelled", outcome.stopped());
            o.put("db", sweeps.db().toString());
            out.json(o);
        } else {
            out.text("");
            ComparisonOutput.printGroups(out, results);
            out.text(String.format(Locale.ROOT, "sweep %d: %d points (%d scored now, %d finished before), %s wall "
                            + "clock, in %s%s", id, sweep.points().size(), outcome.pointsScored(),
                    outcome.pointsAlreadyFinished(), ComparisonOutput.duration(wall), sweeps.db(),
                    outcome.stopped() ? " (interrupted: rerun the same command, or naswot sweep --resume " + id
                            + ", to continue)" : ""));
        }
        return outcome.stopped() ? 130 : 0;
    }

    /** One line per point as it ends (its run, n, tau, rho); per point, not per architecture. */
    private final class Printer implements SweepService.Listener {
        private final Output out;
        private final RunHistory history;
        private int points;
        private SweepPoint current;
        private final java.util.Set<String> noted = new java.util.HashSet<>();

        Printer(Output out, SweepService sweeps) {
            this.out = out;
            this.history = new RunHistory(sweeps.db(), DataDirectory.resolve(common.dataDir));
        }

        @Override
        public void pointStarted(int position, int count, SweepPoint point, boolean finished) {
            points = count;
            current = point;
            if (finished && !common.json) {
                out.text(String.format(Locale.ROOT, "point %d/%d  %s  finished before", position + 1, count,
                        point.options()));
            }
        }

        @Override
        public void pointEnded(int position, long runId, ScoringRun.Outcome outcome) {
            RunComparison.Row row = RunComparison.row(history, history.run(runId), resamples);
            if (common.json) {
                Map<String, Object> o = ComparisonOutput.rowObject(row);
                o.put("point", position);
                o.put("computed", outcome.computed());
                o.put("reused", outcome.results().size() - outcome.computed());
                o.put("cancelled", outcome.cancelled());
                out.json(o);
            } else {
                out.text(String.format(Locale.ROOT, "point %d/%d  %s  run %d: n=%d tau=%.4f rho=%.4f (%d computed, "
                                + "%d from the store)%s", position + 1, points, current.options(), runId, row.n(),
                        row.tau(), row.rho(), outcome.computed(), outcome.results().size() - outcome.computed(),
                        outcome.cancelled() ? " interrupted" : ""));
            }
        }

        /** Each distinct note once: every point draws a batch and would say the same again. */
        @Override
        public void note(String message) {
            if (noted.add(message)) {
                out.note(message);
            }
        }
    }

    private SweepGrid grid() {
        if (sample == null) {
            throw new UserFacingException("how many architectures per point? give --sample N (or --resume ID to "
                    + "continue a stored sweep)");
        }
        if (space != null && spaces != null) {
            throw new UserFacingException("--space and --spaces both given: use --spaces S1,S2 for several");
        }
        List<String> chosen = spaces != null ? spaces.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of(space != null ? space : org.naswot.spaces.SpaceModules.DEFAULT_ID);
        List<ReluCounting> countings = new ArrayList<>();
        reluCounts.forEach(c -> countings.add(ReluCounting.fromCli(c.strip())));
        List<InputKind> kinds = new ArrayList<>();
        inputs.forEach(i -> kinds.add(InputKind.fromCli(i.strip())));
        List<ScoringProtocol> chosenProtocols = protocols.stream().map(ScoringProtocol::fromCli).toList();
        return new SweepGrid(chosen, dataset, sample, SweepGrid.parseSeeds(seeds), batchSizes, countings, kinds,
                device, WeightSeeds.fromCli(weightSeeds), chosenProtocols);
    }

    private int localWorkers() {
        if (workers != null) {
            if (workers < 1) {
                throw new UserFacingException("--workers must be at least 1, got " + workers);
            }
            return workers;
        }
        return device.equals("cpu") ? EngineSetup.cpuWorkers(1) : 1;
    }

    static SweepService service(CommonOptions common) {
        Path db = common.db != null ? common.db : RunHistory.defaultDatabase();
        return new SweepService(db, DataDirectory.resolve(common.dataDir));
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the stored sweeps: id, status, points finished of all, when it started, its grid.")
    static final class ListSweeps implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SweepService sweeps = service(common);
            Output out = new Output(spec, common.json);
            List<SweepInfo> all = sweeps.sweeps();
            if (all.isEmpty() && !common.json) {
                out.note("no sweeps in " + sweeps.db());
                return 0;
            }
            if (!common.json) {
                out.text(String.format(Locale.ROOT, "%5s  %-11s  %7s  %-16s  %s", "id", "status", "points", "started",
                        "grid"));
            }
            for (SweepInfo s : all) {
                int finished = sweeps.finishedPoints(s);
                if (common.json) {
                    out.json(sweepObject(s, finished));
                } else {
                    out.text(String.format(Locale.ROOT, "%5d  %-11s  %7s  %-16s  %s", s.id(), s.status().dbName(),
                            finished + "/" + s.points().size(), WHEN.format(s.startedAt()), s.gridJson()));
                }
            }
            return 0;
        }
    }

    static Map<String, Object> sweepObject(SweepInfo s, int finished) {
        Map<String, Object> o = JsonLines.object();
        o.put("id", s.id());
        o.put("status", s.status().dbName());
        o.put("points", s.points().size());
        o.put("points_finished", finished);
        o.put("grid", s.gridJson());
        o.put("runs", s.points().stream().map(SweepInfo.Point::runId).toList());
        o.put("started", s.startedAt().toString());
        o.put("finished", s.finishedAt() == null ? null : s.finishedAt().toString());
        return o;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show one sweep: its grid, its runs with tau and rho (as runs compare), and tau grouped.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The sweep's id (naswot sweep list).")
        long id;

        @Option(names = "--group-by", paramLabel = "SETTING", split = ",",
                description = "Group tau by these settings instead of the grid's varying ones (seeds pooled).")
        List<String> groupBy;

        @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
                description = "Bootstrap resamples of each run's intervals (default ${DEFAULT-VALUE}).")
        int resamples;

        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<RunSetting> by = groupBy == null ? null : RunComparison.settings(groupBy);
            if (resamples < 1) {
                throw new UserFacingException("--bootstrap must be at least 1, got " + resamples);
            }
            SweepService sweeps = service(common);
            SweepInfo s = sweeps.sweep(id);
            RunComparison.Comparison results = sweeps.results(s, by, resamples);
            Output out = new Output(spec, common.json);
            int finished = sweeps.finishedPoints(s);
            if (common.json) {
                results.rows().forEach(r -> out.json(ComparisonOutput.rowObject(r)));
                Map<String, Object> o = ComparisonOutput.summaryObject(results);
                o.putAll(sweepObject(s, finished));
                out.json(o);
                return 0;
            }
            out.text(String.format(Locale.ROOT, "sweep %d: %s, %d of %d points finished", s.id(), s.status().dbName(),
                    finished, s.points().size()));
            out.text("  grid " + s.gridJson());
            ComparisonOutput.print(out, results);
            return 0;
        }
    }
}
