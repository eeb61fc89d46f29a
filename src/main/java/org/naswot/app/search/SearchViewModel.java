package org.naswot.app.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
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
import org.naswot.run.SpaceContext;
import org.naswot.search.stats.Summary;
import org.naswot.service.ExplorerSettings;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchRunInfo;

/**
 * State and commands of the Search tab: NASWOT searches run and past ones reload through
 * {@link org.naswot.service.SearchService} in the background ({@link SearchTask}), with progress and cancel; the view
 * binds to the rows, the status line and {@link #revision} (the histogram is drawn again when it moves).
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
            "NASWOT search: sample N cells, score them on one mini-batch, keep the best.");
    public final BooleanProperty running = new SimpleBooleanProperty(false);
    /** The running search's progress (its last value once it ended). */
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    /** Moves whenever what the histogram and the summary show changed. */
    public final IntegerProperty revision = new SimpleIntegerProperty(0);

    private final Supplier<ExplorerSettings> settings;
    private final DataDirectory data;
    private final Path db;
    private final List<Double> random = new ArrayList<>();
    private double best = Double.NaN;
    private int lastN = 10;
    private SearchTask task;
    /** The settings of the searches shown (their space, dataset, seed, batch), or null before any. */
    private ExplorerSettings shownSettings;

    public SearchViewModel(Supplier<ExplorerSettings> settings, DataDirectory data, Path db) {
        this.settings = settings;
        this.data = data;
        this.db = db;
    }

    /** Runs {@code runs} NASWOT searches of N cells each in the background; returns the task (its progress). */
    public SearchTask search(int n, int runs) {
        ExplorerSettings s = settings.get();
        rows.clear();
        random.clear();
        lastN = n;
        shownSettings = s;
        SearchTask t = new SearchTask(s, data, db, n, runs, (top, row, rnd) -> {
            best = top;
            rows.add(row);
            random.add(rnd);
            changed();
            status.set(String.format(Locale.ROOT, "run %d of %d: chose #%d", row.run() + 1, runs, row.index()));
        });
        progress.bind(t.progressProperty());
        running.set(true);
        t.setOnSucceeded(e -> finished(String.format(Locale.ROOT, "%d runs of NASWOT with N = %d (stored; "
                + "\"Past searches\" reloads them).", rows.size(), n)));
        t.setOnCancelled(e -> finished("Cancelled after " + rows.size() + " runs."));
        t.setOnFailed(e -> finished("Search failed: " + t.getException().getMessage()));
        task = t;
        start(t, "naswot-search");
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

    /**
     * Reloads the stored NASWOT searches of the current space and dataset with this N. The database and the space's
     * table (for the benchmark's best cell) are read off the FX thread.
     */
    public void loadPast(int n) {
        ExplorerSettings s = settings.get();
        if (!Files.isRegularFile(db)) {
            status.set("No searches stored yet in " + db + ".");
            return;
        }
        status.set("Reading past searches...");
        Task<List<Row>> load = new Task<>() {
            @Override
            protected List<Row> call() {
                List<Row> found = new ArrayList<>();
                for (SearchRunInfo info : SearchTask.service(db).past(SearchAlgorithm.NASWOT, s.space(), s.dataset())) {
                    if (info.outcome() != null && info.spec().n() != null && info.spec().n() == n) {
                        found.add(SearchTask.row(info));
                    }
                }
                double top = SearchTask.bestInSpace(SpaceContext.open(s.space(), data));
                Platform.runLater(() -> best = top);
                return found;
            }
        };
        load.setOnSucceeded(e -> {
            shownSettings = s;
            rows.setAll(load.getValue());
            random.clear();
            lastN = n;
            changed();
            status.set(rows.isEmpty() ? "No stored NASWOT searches with N = " + n + " of " + s.space() + " on "
                    + s.dataset() + "." : "Reloaded " + rows.size() + " stored runs with N = " + n
                    + " (random cells are not stored, so only the choices are drawn).");
        });
        load.setOnFailed(e -> status.set("Cannot read past searches: " + load.getException().getMessage()));
        start(load, "naswot-past-searches");
    }

    private static void start(Task<?> t, String name) {
        Thread thread = new Thread(t, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }

    /** Mean +- std (n - 1, as the authors' process_results.py) per dataset, as the paper's Table 2. */
    public String summaryText() {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "NASWOT (N = %d), %d runs:", lastN,
                rows.size()));
        DATASETS.forEach((key, title) -> {
            double[] v = rows.stream().mapToDouble(r -> r.accuracies().getOrDefault(key, Double.NaN))
                    .filter(Double::isFinite).toArray();
            if (v.length > 0) {
                Summary s = Summary.of(v);
                sb.append(String.format(Locale.ROOT, "   %s %.2f \u00b1 %.2f", title, s.mean(),
                        v.length > 1 ? s.std() : 0.0));
            }
        });
        double[] r = randomAccuracies();
        if (r.length > 0) {
            Summary s = Summary.of(r);
            sb.append(String.format(Locale.ROOT, "   \u00b7   random cell, CIFAR-10 test %.2f \u00b1 %.2f", s.mean(),
                    r.length > 1 ? s.std() : 0.0));
        }
        return sb.toString();
    }

    /** The chosen cells' CIFAR-10 test accuracies (finite ones). */
    public double[] choiceAccuracies() {
        return rows.stream().mapToDouble(r -> r.accuracies().getOrDefault("cifar10_test", Double.NaN))
                .filter(Double::isFinite).toArray();
    }

    /** The random cells' CIFAR-10 test accuracies (finite ones; none for reloaded searches). */
    public double[] randomAccuracies() {
        return random.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** The best CIFAR-10 test accuracy of the space's table (the histogram's marker), NaN without a table. */
    public double best() {
        return best;
    }

    /**
     * The provenance of the searches shown: their space, dataset and settings, no scoring run, and the accuracy the
     * histogram plots (CIFAR-10 test); null before any search.
     */
    public org.naswot.figures.model.Provenance provenance() {
        ExplorerSettings s = shownSettings;
        return s == null ? null : new org.naswot.figures.model.Provenance(s.space(), s.dataset(), s.seed(),
                s.batchSize(), s.counting().cliName(), null, rows.size() + " NASWOT searches, N = " + lastN, null,
                "cifar10_test");
    }

    /** N of the searches shown. */
    public int lastN() {
        return lastN;
    }
}
