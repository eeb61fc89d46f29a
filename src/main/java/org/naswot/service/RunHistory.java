package org.naswot.service;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.score.ScoreResult;
import org.naswot.score.proxies.Measure;
import org.naswot.search.stats.Bootstrap;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.Correlations;
import org.naswot.store.ExportFormat;
import org.naswot.store.ResultExporter;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;

/**
 * The stored runs of one results database, as the window's run list and the command line's {@code runs} read and
 * change them: the list, one run's points against an accuracy column (its score or a stored proxy on x), its Kendall
 * tau (computed as everywhere else, {@link Correlations}), renaming and deleting. Each call opens the database
 * for just as long as it needs it; the spaces it opens are kept for the next call.
 */
public final class RunHistory {
    /** The NASWOT score as a measure, beside the proxies' ids. */
    public static final String NWOT = RunProxyTable.NWOT;

    private final Path db;
    private final DataDirectory data;
    private final Map<String, SpaceContext> spaces = new ConcurrentHashMap<>();

    /** One architecture of a run: x is the measure asked for (the score, or a proxy's stored value). */
    public record RunPoint(int index, String arch, double x, double accuracy, long params) {
    }

    /** A run's points, and how many architectures were left out for want of a stored value of the measure. */
    public record RunPoints(List<RunPoint> points, int missing) {
    }

    public RunHistory(Path db, DataDirectory data) {
        this.db = db;
        this.data = data;
    }

    /** Where results are kept when no database is named. */
    public static Path defaultDatabase() {
        return ResultStore.defaultLocation();
    }

    public Path db() {
        return db;
    }

    public DataDirectory data() {
        return data;
    }

    /** Every stored run in order; none before the database exists (it is never created by reading). */
    public List<RunInfo> runs() {
        if (!Files.isRegularFile(db)) {
            return List.of();
        }
        return read(ResultStore::runs);
    }

    /** The space a run scored (its key, network variant included), opened once. */
    public SpaceContext space(String key) {
        return spaces.computeIfAbsent(key, k -> SpaceContext.open(k, data));
    }

    /** One run's points against {@code column}, x being {@code measure}: {@link #NWOT} or a proxy id. */
    public RunPoints points(RunInfo run, String column, String measure) {
        SpaceContext ctx = space(run.settings().space());
        return read(store -> {
            List<RunPoint> out = new ArrayList<>();
            // the score and the proxies alike: an architecture without a stored value is no point, only counted
            RunProxyTable t = RunProxyTable.load(store, run, ctx, column, List.of(measure));
            Measure m = Measure.named(measure);
            Map<Integer, Map<String, Double>> stored = t.storedByIndex();
            // an aggregate has no stored value: the table ranked the run's architectures from its members' values
            double[] aggregate = org.naswot.score.proxies.AggregateRegistry.contains(measure) ? t.values(measure) : null;
            for (int i = 0; i < t.size(); i++) {
                ScoreResult r = t.scores().get(i);
                Double v = aggregate == null ? m.valueOf(r, stored.getOrDefault(r.index(), Map.of()))
                        : Double.isNaN(aggregate[i]) ? null : Double.valueOf(aggregate[i]);
                if (v != null) {
                    out.add(new RunPoint(r.index(), r.arch(), v, t.accuracy()[i], r.params()));
                }
            }
            return new RunPoints(out, t.missing(measure));
        });
    }

    /** The run's stored proxy values (and nwot) against {@code column}. */
    public RunProxyTable proxyTable(RunInfo run, String column, List<String> proxies) {
        SpaceContext ctx = space(run.settings().space());
        return read(store -> RunProxyTable.load(store, run, ctx, column, proxies));
    }

    /**
     * Every architecture of a run with its score, every proxy stored for it (same batch and weight seed), every
     * accuracy column its space's sources give, parameters and FLOPs (the stored flops proxy): the window's
     * architecture table. A proxy with no stored value for any of the run's architectures is left out; so is an
     * accuracy column the sources cannot answer here (an import that is not there).
     */
    public ArchitectureTable architectureTable(RunInfo run) {
        SpaceContext ctx = space(run.settings().space());
        List<String> measures = RunProxyTable.allMeasures();
        RunProxyTable t = proxyTable(run, ctx.defaultAccuracyColumn(), measures);
        int n = t.size();
        int[] indices = new int[n];
        String[] archs = new String[n];
        double[] params = new double[n];
        for (int i = 0; i < n; i++) {
            ScoreResult r = t.scores().get(i);
            indices[i] = r.index();
            archs[i] = r.arch();
            params[i] = r.params();
        }
        List<ArchitectureTable.Column> proxies = new ArrayList<>();
        ArchitectureTable.Column flops = null;
        for (String id : measures) {
            if (id.equals(NWOT) || t.missing(id) == n) {
                continue;
            }
            String label = Measure.named(id).proxy().map(p -> p.description()).orElse(id);
            if (id.equals("flops")) {
                flops = new ArchitectureTable.Column(id, label, ArchitectureTable.Kind.FLOPS, t.values(id));
            } else {
                proxies.add(new ArchitectureTable.Column(id, label, ArchitectureTable.Kind.PROXY, t.values(id)));
            }
        }
        List<ArchitectureTable.Column> others = new ArrayList<>(proxies);
        others.addAll(accuracyColumns(ctx, indices));
        others.add(new ArchitectureTable.Column("params", "Parameters of the network as scored",
                ArchitectureTable.Kind.PARAMS, params));
        if (flops != null) {
            others.add(flops);
        }
        others.addAll(operationColumns(ctx, indices, archs));
        return ArchitectureTable.of(indices, archs, new ArchitectureTable.Column(NWOT, "NASWOT score (log|det K|)",
                ArchitectureTable.Kind.SCORE, t.values(NWOT)), others);
    }

    /**
     * Every accuracy column of the space for these architectures (each dataset, split and epoch budget its
     * descriptor lists, else the one its sources default to); columns the sources cannot answer here are left out.
     */
    public static List<ArchitectureTable.Column> accuracyColumns(SpaceContext ctx, int[] indices) {
        List<String> columns = new ArrayList<>(ctx.descriptor().findBenchmark()
                .map(b -> b.accuracyColumns()).orElse(List.of()));
        String fallback = ctx.defaultAccuracyColumn();
        if (!columns.contains(fallback)) {
            columns.add(0, fallback);
        }
        List<ArchitectureTable.Column> out = new ArrayList<>();
        for (String column : columns) {
            double[] v = new double[indices.length];
            try {
                for (int i = 0; i < v.length; i++) {
                    v[i] = ctx.accuracy(indices[i], column);
                }
            } catch (RuntimeException notHere) {
                continue;
            }
            out.add(new ArchitectureTable.Column(column, ctx.accuracyLabel(column), ArchitectureTable.Kind.ACCURACY,
                    v));
        }
        return out;
    }

    /**
     * One column per operation of the space ({@code # nor_conv_3x3}, ...): how many times each architecture uses it,
     * over both cells where there are two; none for a space without operations, nor for an operation no row uses.
     */
    public static List<ArchitectureTable.Column> operationColumns(SpaceContext ctx, int[] indices, String[] archs) {
        List<ArchitectureTable.Column> out = new ArrayList<>();
        org.naswot.spaces.ArchitectureOperations.counts(ctx.descriptor(), ctx.space(), indices, archs).forEach(
                (op, counts) -> out.add(new ArchitectureTable.Column(ArchitectureTable.operationColumn(op),
                        "How many times the architecture uses " + op + " (its cells' operations counted together)",
                        ArchitectureTable.Kind.OPERATIONS, counts)));
        return out;
    }

    /** Kendall tau and Spearman rho of the run's scores against its space's default accuracy column. */
    public Correlations correlations(RunInfo run) {
        return summary(run).correlations();
    }

    /**
     * A run's scores against an accuracy column of its space: the column (its label, e.g. "trained accuracy" or the
     * surrogate's), and Kendall tau and Spearman rho over the architectures with an accuracy, as everywhere else.
     */
    public record RunSummary(String column, String columnLabel, Correlations correlations) {
    }

    /** {@link RunSummary} against the space's default accuracy column, the one score-space reports by default. */
    public RunSummary summary(RunInfo run) {
        return scoredPairs(run).summary();
    }

    /**
     * A run's {@link RunSummary} with 95 % percentile-bootstrap intervals of tau and rho ({@code resamples} resamples
     * of the architectures, seeded with 1 as the scatter's intervals are, so equal runs give equal intervals), and the
     * seconds its stored scores took to compute.
     */
    public record RunStatistics(RunSummary summary, ConfidenceInterval tau, ConfidenceInterval rho,
                                double computeSeconds) {
    }

    public RunStatistics statistics(RunInfo run, int resamples) {
        ScoredPairs p = scoredPairs(run);
        Correlations c = p.summary().correlations();
        ConfidenceInterval tau = c.n() < 2 ? null
                : new Bootstrap(new SplittableRandom(1), resamples).kendallTau(p.scores(), p.accuracies(), 0.95);
        ConfidenceInterval rho = c.n() < 2 ? null
                : new Bootstrap(new SplittableRandom(1), resamples).spearmanRho(p.scores(), p.accuracies(), 0.95);
        return new RunStatistics(p.summary(), tau, rho, p.seconds());
    }

    private record ScoredPairs(RunSummary summary, double[] scores, double[] accuracies, double seconds) {
    }

    private ScoredPairs scoredPairs(RunInfo run) {
        SpaceContext ctx = space(run.settings().space());
        String column = ctx.defaultAccuracyColumn();
        List<ScoreResult> scores = read(store -> store.scores(run.id()));
        double[] x = new double[scores.size()];
        double[] y = new double[scores.size()];
        double seconds = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = scores.get(i).score();
            y[i] = ctx.accuracy(scores.get(i).index(), column);
            seconds += scores.get(i).seconds();
        }
        return new ScoredPairs(new RunSummary(column, ctx.accuracyLabel(column), Correlations.of(x, y)), x, y, seconds);
    }

    /** A run's stored scores, by increasing architecture index. */
    public List<ScoreResult> scores(RunInfo run) {
        return read(store -> store.scores(run.id()));
    }

    /** One stored run; an unknown id is a user-facing error that lists the runs there are. */
    public RunInfo run(long runId) {
        requireDatabase();
        return read(store -> store.requireRun(runId));
    }

    /** Names a run (blank: back to its command line). */
    public void rename(long runId, String title) {
        requireDatabase();
        write(store -> store.renameRun(runId, title));
    }

    /** Every tagged run's tags (a sweep's runs are tagged 'sweep N'); none before the database exists. */
    public Map<Long, List<String>> tags() {
        if (!Files.isRegularFile(db)) {
            return Map.of();
        }
        return read(ResultStore::runTags);
    }

    public void tag(long runId, String tag) {
        requireDatabase();
        write(store -> store.tagRun(runId, tag));
    }

    public void untag(long runId, String tag) {
        requireDatabase();
        write(store -> store.untagRun(runId, tag));
    }

    /** Deletes a run and its scores; its id is not given to a later run. */
    public void delete(long runId) {
        requireDatabase();
        write(store -> store.deleteRun(runId));
    }

    /**
     * Writes a run's scores as CSV or JSON with the accuracy of each architecture in {@code column} (null: the
     * space's default column), so a plot of score against accuracy needs no join. When the run's space cannot be
     * opened here (an NDS space not imported on this machine) and no column was asked for, the accuracy is left
     * empty and {@code note} says why. Every proxy stored for the run's architectures (same batch and weight seed)
     * follows as a column named by its id ({@link #proxyColumnName}), empty where missing or failed (issue 27).
     */
    public void export(long runId, ExportFormat format, OutputStream out, String column, Consumer<String> note) {
        RunInfo run = run(runId);
        ResultExporter.Accuracy accuracy;
        try {
            SpaceContext ctx = space(run.settings().space());
            String chosen = column != null ? column : ctx.defaultAccuracyColumn();
            ctx.requireAccuracyColumn(chosen);
            accuracy = new ResultExporter.Accuracy(chosen, index -> ctx.accuracy(index, chosen));
        } catch (UserFacingException e) {
            if (column != null) {
                throw e;
            }
            note.accept("no accuracy column in the export: " + e.getMessage());
            accuracy = ResultExporter.Accuracy.NONE;
        }
        ResultExporter.Accuracy chosen = accuracy;
        read(store -> {
            new ResultExporter(store).export(runId, format, out, chosen, proxyColumns(store, run));
            return null;
        });
    }

    /** The export's own columns: a proxy of the same id (params, in millions) is written as {@code params_proxy}. */
    private static final List<String> EXPORT_COLUMNS = List.of("arch_index", "arch", "score", "singular", "relu_units",
            "params", "seconds", "accuracy", "accuracy_column");

    /** The column of proxy {@code id} in {@code naswot export}: its id, unless the export has a column of that name. */
    public static String proxyColumnName(String id) {
        return EXPORT_COLUMNS.contains(id) ? id + "_proxy" : id;
    }

    /** One column per proxy with a stored value for any of the run's architectures, in the registry's order. */
    private static List<ResultExporter.Column> proxyColumns(ResultStore store, RunInfo run) {
        Map<Integer, String> archOf = new java.util.LinkedHashMap<>();
        store.scores(run.id()).forEach(r -> archOf.put(r.index(), r.arch()));
        Map<Integer, Map<String, Double>> stored = store.proxyValues(run.settings(), archOf);
        java.util.Set<String> present = new java.util.TreeSet<>();
        stored.values().forEach(m -> present.addAll(m.keySet()));
        List<String> ids = new ArrayList<>(RunProxyTable.allMeasures().stream().filter(present::contains).toList());
        present.stream().filter(id -> !ids.contains(id)).forEach(ids::add); // a proxy this version does not know
        return ids.stream().map(id -> new ResultExporter.Column(proxyColumnName(id),
                index -> stored.getOrDefault(index, Map.of()).get(id))).toList();
    }

    /** Reading never creates a database, and changing one that is not there would create an empty one. */
    private void requireDatabase() {
        if (!Files.isRegularFile(db)) {
            throw new UserFacingException("results database " + db + " not found: give the one that holds the run "
                    + "with --db (naswot runs list --db FILE lists its runs)");
        }
    }

    private <T> T read(Function<ResultStore, T> query) {
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            return query.apply(store);
        }
    }

    private void write(Consumer<ResultStore> change) {
        try (ResultStore store = ResultStore.open(db)) {
            change.accept(store);
        }
    }
}
