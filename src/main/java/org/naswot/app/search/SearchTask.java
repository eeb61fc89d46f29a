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
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.search.BestSoFar;
import org.naswot.service.ExplorerSettings;
import org.naswot.service.SearchCurves;
import org.naswot.service.SearchService;
import org.naswot.store.SearchRunInfo;

/**
 * R searches of the picked algorithm through {@link SearchService} on a background thread (stored as
 * {@code naswot search} stores them), then random sampling with the same budget and seeds (the box plot's baseline);
 * each finished run's chosen cell and best-so-far curve is handed to the FX thread as it comes. Cancel stops between
 * architectures.
 */
public final class SearchTask extends Task<Void> {

    /** Receives finished runs on the FX thread. */
    public interface RunListener {
        /** The space's accuracy label (for the axes), once, before any run. */
        void started(String accuracyLabel, String accuracyColumn);

        /** One run of the picked search ({@code baseline} false) or of its random baseline. */
        void finished(String label, boolean baseline, BestSoFar curve, SearchViewModel.Row row);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExplorerSettings settings;
    private final DataDirectory data;
    private final Path db;
    private final SearchRequest request;
    private final RunListener listener;

    public SearchTask(ExplorerSettings settings, DataDirectory data, Path db, SearchRequest request,
                      RunListener listener) {
        this.settings = settings;
        this.data = data;
        this.db = db;
        this.request = request;
        this.listener = listener;
    }

    @Override
    protected Void call() {
        BackgroundPriority.lowerCurrentThread();
        EngineSetup.threads(null);
        SpaceContext ctx = SpaceContext.open(settings.space(), data);
        SearchExperiment.Settings main = request.settings(settings, ctx.defaultAccuracyColumn());
        SearchExperiment.validate(main, ctx);
        SearchExperiment.Settings baseline = SearchCurves.randomBaseline(main);
        String column = main.oracleColumn();
        String label = ctx.accuracyLabel(column);
        Platform.runLater(() -> listener.started(label, column));
        int total = main.runs() * (baseline == null ? 1 : 2);
        int[] done = {0};
        for (SearchExperiment.Settings s : baseline == null ? java.util.List.of(main)
                : java.util.List.of(main, baseline)) {
            boolean isBaseline = s == baseline;
            String name = SearchCurves.label(s);
            service(db).run(s, ctx, (e, r) -> {
                updateProgress(++done[0], total);
                BestSoFar curve = SearchCurves.of(r, ctx, column);
                SearchViewModel.Row row = new SearchViewModel.Row(r.run(), r.chosen().index(), r.chosenScore(),
                        r.accuracies(), r.chosen().encoding());
                Platform.runLater(() -> listener.finished(name, isBaseline, curve, row));
            }, this::isCancelled, note -> { });
            if (isCancelled()) {
                break;
            }
        }
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
}
