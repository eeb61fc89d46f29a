package org.naswot.app.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.naswot.data.DataDirectory;
import org.naswot.figures.search.SearchSeries;
import org.naswot.search.BestSoFar;
import org.naswot.service.ExplorerSettings;
import org.naswot.service.StoredSearches;

/**
 * State and commands of the Search tab: searches of any algorithm run (with their random-sampling baseline) and past
 * ones reload through {@link org.naswot.service.SearchService} in the background ({@link SearchTask},
 * {@link PastSearches}), with progress and cancel. The view binds to the rows (the latest search's chosen cells), the
 * status line and {@link #revision} (the figures are drawn again when it moves); {@link #series()} holds one entry per
 * algorithm shown and one per random baseline.
 */
public final class SearchViewModel {

    /** The datasets of the paper's Table 2, as the search reports them, with their column titles. */
    static final Map<String, String> DATASETS = new LinkedHashMap<>();

    static {
        DATASETS.put("cifar10_valid", "CIFAR-10 valid");
        DATASETS.put("cifar10_test", "CIFAR-10 test");
        DATASETS.put("cifar100_test", "CIFAR-100 test");
        DATASETS.put("imagenet16_test", "ImageNet16-120 test");
    }

    /** One row of the table: a run's chosen cell. */
    public record Row(int run, int index, double score, Map<String, Double> accuracies, String arch) {
    }

    public final ObservableList<Row> rows = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty(
            "Pick an algorithm and its budget, then Search: R runs with seeds Seed .. Seed + R - 1 (Seed 1: 1 .. R), "
                    + "stored as naswot search stores them.");
    public final BooleanProperty running = new SimpleBooleanProperty(false);
    /** The running search's progress (its last value once it ended). */
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    /** Moves whenever what the figures and the summary show changed. */
    public final IntegerProperty revision = new SimpleIntegerProperty(0);

    private final Supplier<ExplorerSettings> settings;
    private final DataDirectory data;
    private final Path db;
    private final ShownSearches shown = new ShownSearches();
    private String accuracyLabel = "accuracy";
    private String accuracyColumn;
    private SearchRequest lastRequest = SearchRequest.DEFAULTS;
    private SearchTask task;
    /** The settings of the searches shown (their space, dataset, seed, batch), or null before any. */
    private ExplorerSettings shownSettings;

    public SearchViewModel(Supplier<ExplorerSettings> settings, DataDirectory data, Path db) {
        this.settings = settings;
        this.data = data;
        this.db = db;
    }

    /** Runs the request's searches, then random sampling with the same budget, in the background. */
    public SearchTask search(SearchRequest request) {
        ExplorerSettings s = settings.get();
        rows.clear();
        lastRequest = request;
        shownSettings = s;
        SearchTask t = new SearchTask(s, data, db, request, new SearchTask.RunListener() {
            @Override
            public void started(String label, String column) {
                accuracyLabel = label;
                accuracyColumn = column;
                shown.startSearch(request.algorithm());
                changed();
            }

            @Override
            public void finished(String label, boolean baseline, BestSoFar curve, Row row) {
                shown.add(request.algorithm(), label, baseline, curve);
                if (!baseline) {
                    rows.add(row);
                }
                changed();
                status.set(String.format(Locale.ROOT, "%s run %d of %d: chose #%d", label, row.run() + 1,
                        request.runs(), row.index()));
            }
        });
        progress.bind(t.progressProperty());
        running.set(true);
        t.setOnSucceeded(e -> finished(request.describe() + " done, with random sampling of the same budget beside "
                + "it (stored; \"Past searches\" reloads them)."));
        t.setOnCancelled(e -> finished("Cancelled after " + rows.size() + " runs."));
        t.setOnFailed(e -> finished("Search failed: " + t.getException().getMessage()));
        task = t;
        start(t, "search");
        return t;
    }

    private void finished(String message) {
        status.set(message);
        progress.unbind();
        running.set(false);
    }

    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Reloads every stored search of the current space and dataset; the table shows the request's setting's runs. */
    public void loadPast(SearchRequest request) {
        ExplorerSettings s = settings.get();
        if (!Files.isRegularFile(db)) {
            status.set("No searches stored yet in " + db + ".");
            return;
        }
        status.set("Reading past searches...");
        PastSearches load = new PastSearches(s, data, db, request);
        load.setOnSucceeded(e -> {
            PastSearches.Found found = load.getValue();
            shownSettings = s;
            lastRequest = request;
            accuracyLabel = found.accuracyLabel();
            accuracyColumn = found.accuracyColumn();
            shown.replace(found.stored().series());
            rows.setAll(found.rows());
            changed();
            status.set(found.stored().series().isEmpty() ? "No stored searches of " + s.space() + " on "
                    + s.dataset() + "." : "Reloaded " + StoredSearches.describe(found.stored().series())
                    + "; the table lists " + rows.size() + " runs of " + request.describe().replaceAll(", \\d+ runs$",
                    "") + ".");
        });
        load.setOnFailed(e -> status.set("Cannot read past searches: " + load.getException().getMessage()));
        start(load, "past-searches");
    }

    private static void start(Task<?> t, String name) {
        Thread thread = new Thread(t, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** The searches shown: one per algorithm, and random sampling with each one's budget, in the order they ran. */
    public List<SearchSeries> series() {
        return shown.series();
    }

    /** The label of the plotted accuracy (the oracle's column: what the searches see). */
    public String accuracyLabel() {
        return accuracyLabel;
    }

    /** Each shown search's final accuracies summarised (runs, mean +- std, median, best), as the box plot draws them. */
    public List<org.naswot.service.SearchFinals> finals() {
        return org.naswot.service.SearchFinals.of(series());
    }

    /**
     * The provenance of the searches shown: their space, dataset and settings, no scoring run, the searches as its
     * "images" and the plotted accuracy column; null before any search.
     */
    public org.naswot.figures.model.Provenance provenance() {
        ExplorerSettings s = shownSettings;
        return s == null ? null : new org.naswot.figures.model.Provenance(s.space(), s.dataset(), s.seed(),
                s.batchSize(), s.counting().cliName(), null, StoredSearches.describe(series()), null, accuracyColumn);
    }

    /** The request of the searches shown (the last run or reloaded). */
    public SearchRequest lastRequest() {
        return lastRequest;
    }
}
