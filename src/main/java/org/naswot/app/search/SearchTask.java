package org.naswot.app.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.naswot.data.DataDirectory;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.run.ReportedAccuracies;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.service.ExplorerSettings;
import org.naswot.service.SearchService;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchRunInfo;

/**
 * R NASWOT searches of N sampled cells each, through {@link SearchService} on a background thread; each run's chosen
 * cell (and one random cell's CIFAR-10 test accuracy) is handed to the FX thread as it comes. Cancel stops between
 * architectures.
 */
public final class SearchTask extends Task<Void> {

    /** Receives one finished run on the FX thread: the benchmark's best, the chosen cell, a random cell's accuracy. */
    @FunctionalInterface
    public interface RunListener {
        void finished(double best, SearchViewModel.Row row, double randomAccuracy);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExplorerSettings settings;
    private final DataDirectory data;
    private final Path db;
    private final int n;
    private final int runs;
    private final RunListener listener;

    public SearchTask(ExplorerSettings settings, DataDirectory data, Path db, int n, int runs, RunListener listener) {
        this.settings = settings;
        this.data = data;
        this.db = db;
        this.n = n;
        this.runs = runs;
        this.listener = listener;
    }

    @Override
    protected Void call() {
        BackgroundPriority.lowerCurrentThread();
        EngineSetup.threads(null);
        SpaceContext ctx = SpaceContext.open(settings.space(), data);
        double top = bestInSpace(ctx);
        int[] done = {0};
        service(db).run(new SearchExperiment.Settings(SearchAlgorithm.NASWOT, n, null, runs, settings.seed(),
                settings.scoringConfig(), ctx.defaultAccuracyColumn()), ctx, (e, r) -> {
                    updateProgress(++done[0], runs);
                    SearchViewModel.Row row = new SearchViewModel.Row(r.run(), r.chosen().index(), r.chosenScore(),
                            r.accuracies(), r.chosen().encoding());
                    double rnd = e.accuracies(r.sampled().get(0)).getOrDefault("cifar10_test", Double.NaN);
                    Platform.runLater(() -> listener.finished(top, row, rnd));
                }, this::isCancelled, note -> { });
        return null;
    }

    static SearchService service(Path db) {
        return new SearchService(db);
    }

    /** A stored search's chosen cell as a table row. */
    static SearchViewModel.Row row(SearchRunInfo info) {
        return new SearchViewModel.Row(info.spec().runNumber(), info.outcome().chosenIndex(),
                info.outcome().chosenScore() == null ? Double.NaN : info.outcome().chosenScore(),
                accuracies(info.outcome().accuraciesJson()), info.outcome().chosenArch());
    }

    private static Map<String, Double> accuracies(String json) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        try {
            JsonNode node = JSON.readTree(json);
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asDouble()
                    : Double.NaN));
        } catch (IOException e) {
            // an unreadable record shows without accuracies
        }
        return out;
    }

    /** The best CIFAR-10 test accuracy of the space's table (the histogram's marker), NaN without a table. */
    static double bestInSpace(SpaceContext ctx) {
        return ctx.table() == null ? Double.NaN : max(ctx.table().column(ReportedAccuracies
                .columns(ctx.descriptor()).getOrDefault("cifar10_test", ctx.defaultAccuracyColumn())));
    }

    private static double max(double[] values) {
        double m = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
                m = v;
            }
        }
        return m;
    }
}
