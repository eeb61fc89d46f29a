package org.naswot.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.score.ScoreResult;
import org.naswot.score.proxies.Measure;
import org.naswot.search.stats.Correlations;
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
            for (int i = 0; i < t.size(); i++) {
                ScoreResult r = t.scores().get(i);
                Double v = m.valueOf(r, stored.getOrDefault(r.index(), Map.of()));
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

    /** Kendall tau and Spearman rho of the run's scores against its space's default accuracy column. */
    public Correlations correlations(RunInfo run) {
        SpaceContext ctx = space(run.settings().space());
        String column = ctx.defaultAccuracyColumn();
        List<ScoreResult> scores = read(store -> store.scores(run.id()));
        double[] x = new double[scores.size()];
        double[] y = new double[scores.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = scores.get(i).score();
            y[i] = ctx.accuracy(scores.get(i).index(), column);
        }
        return Correlations.of(x, y);
    }

    /** Names a run (blank: back to its command line). */
    public void rename(long runId, String title) {
        write(store -> store.renameRun(runId, title));
    }

    /** Deletes a run and its scores. */
    public void delete(long runId) {
        write(store -> store.deleteRun(runId));
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
