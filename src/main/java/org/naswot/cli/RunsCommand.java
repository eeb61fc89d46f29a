package org.naswot.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.score.ScoringSettings;
import org.naswot.service.RunComparison;
import org.naswot.service.RunHistory;
import org.naswot.service.RunSetting;
import org.naswot.store.RunInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code naswot runs list|show|rename|delete}: the stored scoring runs, as the window's run list shows and changes
 * them, for scripts. Everything goes through {@link RunHistory}, the service the window uses.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "The stored scoring runs: list them, show one (settings, Kendall tau and Spearman rho), rename "
                + "or delete one, as the window's run list does.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Compare.class,
            RunsCommand.Tag.class, RunsCommand.Rename.class, RunsCommand.Delete.class})
final class RunsCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    static RunHistory history(CommonOptions common) {
        Path db = common.db != null ? common.db : RunHistory.defaultDatabase();
        return new RunHistory(db, DataDirectory.resolve(common.dataDir));
    }

    /** The run as `runs list --json` prints it: id, label, what was scored with which settings, progress, status. */
    static Map<String, Object> object(RunInfo r) {
        ScoringSettings s = r.settings();
        Map<String, Object> o = JsonLines.object();
        o.put("id", r.id());
        o.put("label", r.displayName());
        o.put("title", r.title());
        o.put("command", r.label());
        o.put("space", s.space());
        o.put("dataset", s.dataset());
        Map<String, Object> settings = JsonLines.object();
        settings.put("input", s.input().cliName());
        settings.put("batch_size", s.batchSize());
        settings.put("batch_seed", s.batchSeed());
        settings.put("init_seed", s.initSeed());
        settings.put("weight_seeds", s.weightSeeds() == null ? null : s.weightSeeds().cliName());
        settings.put("relu_count", s.counting().cliName());
        settings.put("protocol", s.protocol().cliName());
        settings.put("device", s.device());
        o.put("settings", settings);
        o.put("n", r.scored());
        o.put("requested", r.requested());
        o.put("status", r.status().dbName());
        o.put("created", r.startedAt().toString());
        o.put("finished", r.finishedAt() == null ? null : r.finishedAt().toString());
        o.put("images", r.images());
        o.put("built_in_images", r.builtInImages());
        o.put("tool_version", r.toolVersion());
        return o;
    }

    /** A run named by {@code ID} or {@code --run ID} (show, delete). */
    static final class RunId {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The run's id (naswot runs list).")
        Long positional;

        @Option(names = "--run", paramLabel = "ID", description = "The run's id, as other commands take it.")
        Long option;

        long id() {
            return RunsCommand.id(positional, option);
        }
    }

    /** The id from {@code ID} or {@code --run ID}: scripts written for either spelling work. */
    static long id(Long positional, Long option) {
        if (positional != null && option != null && !positional.equals(option)) {
            throw new UserFacingException("two run ids, " + positional + " and --run " + option + ": give one");
        }
        Long id = positional != null ? positional : option;
        if (id == null) {
            throw new UserFacingException("which run? give its id (naswot runs list shows them)");
        }
        return id;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the stored scoring runs, oldest first: id, status (running, finished, cancelled, "
                    + "interrupted), architectures scored of those requested, space, input, seed, when it started, label.",
                "A run killed without warning (kill -9, power loss) stays 'running'."})
    static final class ListRuns implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RunHistory history = history(common);
            Output out = new Output(spec, common.json);
            List<RunInfo> runs = history.runs();
            if (common.json) {
                runs.forEach(r -> out.json(object(r)));
                return 0;
            }
            if (runs.isEmpty()) {
                out.note("no scoring runs in " + history.db());
                return 0;
            }
            out.text(String.format(Locale.ROOT, "%5s  %-11s  %11s  %-10s  %-16s  %4s  %-8s  %-16s  %s", "id", "status",
                    "n", "space", "input", "seed", "protocol", "created", "label"));
            for (RunInfo r : runs) {
                ScoringSettings s = r.settings();
                String n = r.requested() == null ? Long.toString(r.scored()) : r.scored() + "/" + r.requested();
                String input = s.input() == org.naswot.data.InputKind.NOISE ? "noise" : s.dataset();
                out.text(String.format(Locale.ROOT, "%5d  %-11s  %11s  %-10s  %-16s  %4d  %-8s  %-16s  %s", r.id(),
                        r.status().dbName(), n, s.space(), input + (r.builtInImages() ? "*" : ""), s.batchSeed(),
                        s.protocol().cliName(), WHEN.format(r.startedAt()), r.displayName()));
            }
            if (runs.stream().anyMatch(RunInfo::builtInImages)) {
                out.text("* scored on the built-in images (4,000 of CIFAR-10's 50,000 training images)");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Show one run: its settings, and n, Kendall tau and Spearman rho of its scores against the "
                    + "space's default accuracy column (as score-space reports them).")
    static final class Show implements Callable<Integer> {
        @Mixin
        RunId runId;

        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RunHistory history = history(common);
            Output out = new Output(spec, common.json);
            RunInfo run = history.run(runId.id());
            RunHistory.RunSummary summary = null;
            String unavailable = null;
            try {
                summary = history.summary(run);
            } catch (UserFacingException e) {
                // the settings are still worth showing when the space's benchmark is not on this machine
                unavailable = e.getMessage();
            }
            if (common.json) {
                Map<String, Object> o = object(run);
                Map<String, Object> stats = JsonLines.object();
                if (summary != null) {
                    stats.put("n", summary.correlations().n());
                    stats.put("kendall_tau", JsonLines.number(summary.correlations().tau()));
                    stats.put("spearman_rho", JsonLines.number(summary.correlations().rho()));
                    stats.put("accuracy", summary.column());
                    stats.put("accuracy_label", summary.columnLabel());
                } else {
                    stats.put("unavailable", unavailable);
                }
                o.put("summary", stats);
                out.json(o);
                return 0;
            }
            ScoringSettings s = run.settings();
            out.text(String.format(Locale.ROOT, "run %d: %s", run.id(), run.displayName()));
            if (run.title() != null && run.label() != null) {
                out.text("  command      " + run.label());
            }
            out.text("  status       " + run.status().dbName() + (run.requested() == null ? ""
                    : String.format(Locale.ROOT, ", %,d of %,d architectures scored", run.scored(), run.requested())));
            out.text("  space        " + s.space());
            out.text("  input        " + (s.input() == org.naswot.data.InputKind.NOISE ? "noise (" + s.dataset()
                    + " shape)" : s.dataset()) + ", batch " + s.batchSize() + ", seed " + s.batchSeed()
                    + ", init seed " + s.initSeed());
            out.text("  protocol     " + s.protocol().cliName() + " (" + s.protocol().weightInit().name()
                    .toLowerCase(Locale.ROOT) + " weights)");
            out.text("  counting     " + s.counting().cliName() + ", weight seeds by "
                    + (s.weightSeeds() == null ? "index" : s.weightSeeds().cliName()) + ", device " + s.device());
            if (run.images() != null) {
                out.text("  images       " + run.images());
            }
            out.text("  started      " + run.startedAt() + (run.finishedAt() == null ? "" : ", ended " + run.finishedAt()));
            if (summary != null) {
                out.text("  accuracy     " + summary.column() + " (" + summary.columnLabel() + ")");
                out.text("  " + summary.correlations().summaryLine());
            } else {
                out.text("  no correlation: " + unavailable);
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Compare runs side by side: per run n, Kendall tau and Spearman rho against its space's "
                    + "default accuracy column with their 95 %% bootstrap intervals, seed, batch, counting, input, "
                    + "device, duration; then the settings that differ between the runs.",
                "With --group-by, runs with equal values of those settings form a group: mean \u00b1 sample std "
                    + "of tau over its runs (e.g. --group-by batch_size: tau over the seeds at batch 64 vs 128)."})
    static final class Compare implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "The runs' ids (naswot runs list).")
        List<Long> ids;

        @Option(names = "--group-by", paramLabel = "SETTING", split = ",",
                description = "Group by these settings: space, dataset, input, batch_size (batch), seed, init_seed, "
                        + "weight_seeds, relu_count (counting), protocol, device.")
        List<String> groupBy;

        @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
                description = "Bootstrap resamples of each interval (seeded, so equal runs give equal intervals; "
                        + "default ${DEFAULT-VALUE}).")
        int resamples;

        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (resamples < 1) {
                throw new UserFacingException("--bootstrap must be at least 1, got " + resamples);
            }
            // the setting names are checked before any run is read
            List<RunSetting> by = groupBy == null ? null : RunComparison.settings(groupBy);
            RunHistory history = history(common);
            RunComparison.Comparison c = RunComparison.of(history, ids, by, resamples);
            ComparisonOutput.print(new Output(spec, common.json), c);
            return 0;
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Tag a run (the window's Runs table searches and shows tags); --remove takes a tag off. "
                    + "A sweep's runs are tagged 'sweep N'.")
    static final class Tag implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The run's id (naswot runs list).")
        long id;

        @Parameters(index = "1", paramLabel = "TAG", description = "The tag, e.g. baseline.")
        String tag;

        @Option(names = "--remove", description = "Take the tag off instead.")
        boolean remove;

        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RunHistory history = history(common);
            history.run(id);
            if (remove) {
                history.untag(id, tag);
            } else {
                history.tag(id, tag);
            }
            List<String> tags = history.tags().getOrDefault(id, List.of());
            Output out = new Output(spec, common.json);
            if (common.json) {
                Map<String, Object> o = JsonLines.object();
                o.put("id", id);
                o.put("tags", tags);
                out.json(o);
            } else {
                out.text("run " + id + " tags: " + (tags.isEmpty() ? "none" : String.join(", ", tags)));
            }
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Name a run (shown instead of its command line here and in the window); an empty label "
                    + "gives it back its command line.")
    static final class Rename implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The run's id (naswot runs list).")
        Long positional;

        @Parameters(index = "1", arity = "0..1", paramLabel = "LABEL", description = "The new label.")
        String positionalLabel;

        @Option(names = "--run", paramLabel = "ID", description = "The run's id, as other commands take it.")
        Long option;

        @Option(names = "--label", paramLabel = "LABEL", description = "The new label (instead of the LABEL argument).")
        String optionLabel;

        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (positionalLabel == null && optionLabel == null) {
                throw new UserFacingException("no new label: naswot runs rename ID LABEL (\"\" to go back to the "
                        + "command line)");
            }
            if (positionalLabel != null && optionLabel != null) {
                throw new UserFacingException("two labels, '" + positionalLabel + "' and --label '" + optionLabel
                        + "': give one");
            }
            RunHistory history = history(common);
            long id = id(positional, option);
            history.rename(id, positionalLabel != null ? positionalLabel : optionLabel);
            RunInfo run = history.run(id);
            Output out = new Output(spec, common.json);
            if (common.json) {
                out.json(object(run));
            } else {
                out.text("run " + id + " is now: " + run.displayName());
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Delete a run and its scores (other runs keep theirs). Its id is not given to a later run.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        RunId runId;

        @Mixin
        CommonOptions common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RunHistory history = history(common);
            long id = runId.id();
            RunInfo run = history.run(id);
            history.delete(id);
            Output out = new Output(spec, common.json);
            if (common.json) {
                Map<String, Object> o = object(run);
                o.put("deleted", true);
                out.json(o);
            } else {
                out.text(String.format(Locale.ROOT, "deleted run %d (%s, %,d scores)", id, run.displayName(),
                        run.scored()));
            }
            return 0;
        }
    }
}
