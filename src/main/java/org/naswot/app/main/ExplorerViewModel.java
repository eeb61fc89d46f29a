package org.naswot.app.main;

import org.naswot.service.ExplorerSettings;

import org.naswot.spaces.SpaceModules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.figures.model.ScorePoint;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.DatasetCatalog;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringRun;
import org.naswot.service.RunHistory;
import org.naswot.score.ComputeDevice;
import org.naswot.score.ReluCounting;
import org.naswot.space.SpaceDescriptor;
import org.naswot.store.RunInfo;

/**
 * State and commands of the main window: the pickers, the running task, the stored runs. Views bind to
 * these properties; nothing here draws.
 */
public final class ExplorerViewModel {
    public final StringProperty space = new SimpleStringProperty("nb201");
    public final StringProperty dataset = new SimpleStringProperty("cifar10");
    public final StringProperty accuracyColumn = new SimpleStringProperty("cifar10valid_valid_200ep_nb201v10");
    public final ObjectProperty<InputKind> input = new SimpleObjectProperty<>(InputKind.DATASET);
    public final IntegerProperty batchSize = new SimpleIntegerProperty(128);
    public final IntegerProperty seed = new SimpleIntegerProperty(1);
    public final ObjectProperty<ReluCounting> counting = new SimpleObjectProperty<>(ReluCounting.REFERENCE);
    public final StringProperty device = new SimpleStringProperty("cpu");
    public final IntegerProperty sample = new SimpleIntegerProperty(200);

    public final BooleanProperty running = new SimpleBooleanProperty(false);
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty status = new SimpleStringProperty("Ready.");
    public final StringProperty dataProblem = new SimpleStringProperty("");
    /** Which built-in data the current choice uses and how to get the full data; empty when none. */
    public final StringProperty dataNotice = new SimpleStringProperty("");
    /** The dataset whose official archive the window offers to download (built-in or missing images); "" for none. */
    public final StringProperty downloadable = new SimpleStringProperty("");
    public final BooleanProperty downloading = new SimpleBooleanProperty(false);
    /** The official benchmark file the current space needs imported (e.g. NATS-sss-v1_0-50262-simple.tar); "" for none. */
    public final StringProperty importable = new SimpleStringProperty("");
    /** The run whose scores the scatter shows (a finished, cancelled or re-opened run), or null: figures' provenance. */
    public final ObjectProperty<RunInfo> shownRun = new SimpleObjectProperty<>();
    /** The accuracy column the plotted points were read with (the picker may have moved on since). */
    private volatile String plottedAccuracy = "cifar10valid_valid_200ep_nb201v10";

    public String plottedAccuracy() {
        return plottedAccuracy;
    }
    public final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
    public final ObservableList<String> notes = FXCollections.observableArrayList();

    private final DataDirectory data;
    private final Path db;
    private final RunHistory history;
    private final ScoreScatterModel scatter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-scoring");
        t.setDaemon(true);
        return t;
    });
    private ScoringTask task;
    /** The runs shown together (several), else empty. */
    private List<RunInfo> shownTogether = List.of();
    /** How many of the shown run's architectures lack a stored value of the scatter's proxy (0 for nwot). */
    public final IntegerProperty missingValues = new SimpleIntegerProperty(0);

    public ExplorerViewModel(DataDirectory data, Path db, ScoreScatterModel scatter) {
        this.data = data;
        this.db = db;
        this.history = new RunHistory(db, data);
        this.scatter = scatter;
        checkData();
        dataset.addListener((o, a, b) -> checkData());
        space.addListener((o, a, b) -> checkData());
        scatter.measureProperty().addListener((o, a, b) -> reshow());
        refreshRuns();
    }

    /** The spaces the window offers, in the modules' order, each followed by the variants its module offers. */
    public List<String> spaces() {
        List<String> keys = new java.util.ArrayList<>();
        for (SpaceDescriptor d : SpaceModules.ordered()) {
            keys.addAll(SpaceModules.of(d).pickerKeys(d));
        }
        return keys;
    }

    /** How the picker shows a space key (e.g. a variant's meaning). */
    public static String spaceLabel(String key) {
        return SpaceModules.of(key).pickerLabel(key);
    }

    /** The descriptor of the chosen space (a network variant such as nb101/stem16 shares its space's). */
    public SpaceDescriptor descriptor() {
        String s = space.get();
        return SpaceModules.catalog().get(s.contains("/") ? s.substring(0, s.indexOf('/')) : s);
    }

    public List<String> devices() {
        return ComputeDevice.available();
    }

    /**
     * Says which data the current choice uses from the built-in pack, what is missing and how to get it; the noise
     * input still works without any data.
     */
    public void checkData() {
        StringBuilder missing = new StringBuilder();
        StringBuilder builtIn = new StringBuilder();
        boolean imagesMissing = false;
        boolean imagesBuiltIn = false;
        for (DatasetCatalog.Status s : new DatasetCatalog(data).status()) {
            // only what the current choice needs: its images, and the NB201 table and split
            boolean images = s.item().id().equals(dataset.get());
            boolean needed = images || s.item().id().startsWith("nb201");
            if (needed && !s.present()) {
                missing.append("\u2022 ").append(s.detail()).append('\n');
                imagesMissing |= images;
            } else if (needed && s.builtIn() && images) {
                builtIn.append(s.detail().replaceFirst("^built-in: ", "").replaceFirst("; run .*$", ""));
                imagesBuiltIn = true;
            }
        }
        boolean offerDownload = (imagesMissing || imagesBuiltIn)
                && (dataset.get().equals("cifar10") || dataset.get().equals("cifar100"));
        downloadable.set(offerDownload ? dataset.get() : "");
        dataNotice.set(imagesBuiltIn ? "Built-in images: " + builtIn + ", packed into the application. Scores are "
                + "marked as computed on them; download the full dataset (about 170 MB) for all." : "");
        // a space whose accuracies exist only as an official file to import (NATS-Bench size space)
        SpaceDescriptor d = descriptor();
        importable.set("");
        new org.naswot.run.DataStatus(data).missingRequiredImport(d).ifPresent(e -> {
            String file = d.benchmark().sources().isEmpty() ? "the benchmark file" : d.benchmark().sources().get(0).name();
            missing.append("\u2022 no ").append(d.id()).append(" accuracies imported: download ").append(file)
                    .append(" (see the README) and import it with the button below, or `").append(e.action())
                    .append("`\n");
            importable.set(file);
        });
        if (missing.length() > 0) {
            dataProblem.set("Missing in " + data.root() + ":\n" + missing
                    + "Point NASWOT_DATA (or --data-dir) at your data, or choose Input: noise to score on Gaussian "
                    + "inputs right away.");
            if (imagesMissing) {
                input.set(InputKind.NOISE);
            }
        } else {
            dataProblem.set("");
        }
    }

    /**
     * The settings the plotted scores were computed with: the shown run's own (its seed, batch, counting, network
     * variant), so a kernel recomputed for a point matches its stored score; the pickers' when no run is shown or the
     * run scored a batch file that cannot be drawn again.
     */
    public org.naswot.run.ScoringSession.Config detailConfig() {
        RunInfo run = shownRun.get();
        if (run != null && !run.settings().dataset().contains(":")) {
            return org.naswot.run.ScoringSession.Config.replaying(run.settings());
        }
        return settings().scoringConfig();
    }

    /** Where the current choice's input comes from, for provenance before a run is stored. */
    public String imagesDescription() {
        if (input.get() == InputKind.NOISE) {
            return "Gaussian noise, seed " + seed.get();
        }
        DatasetCatalog catalog = new DatasetCatalog(data);
        return java.util.Arrays.stream(DatasetCatalog.Item.values()).filter(i -> i.id().equals(dataset.get()))
                .findFirst().map(catalog::status)
                .map(s -> s.builtIn() ? dataset.get() + " (" + s.detail().replaceFirst("; run .*$", "") + ")"
                        : dataset.get() + " images in " + s.path())
                .orElse(dataset.get());
    }

    /** Seconds per computed cell in this session's last run of this space, or NaN. */
    private volatile double measuredSecondsPerCell = Double.NaN;
    private volatile String measuredSpace = "";

    public boolean secondsPerCellMeasured() {
        return measuredSpace.equals(space.get()) && Double.isFinite(measuredSecondsPerCell);
    }

    /** What one cell costs to score: measured in this session where possible, else a typical two-core figure. */
    public double secondsPerCellEstimate() {
        if (secondsPerCellMeasured()) {
            return measuredSecondsPerCell;
        }
        return SpaceModules.of(space.get()).typicalSecondsPerArchitecture(space.get());
    }

    /** Imports an official benchmark file into the data directory in the background, then checks the data again. */
    public void importBenchmark(Path file) {
        if (file == null || downloading.get() || running.get()) {
            return;
        }
        Task<org.naswot.bench.imports.ImportSummary> t = new Task<>() {
            @Override
            protected org.naswot.bench.imports.ImportSummary call() {
                updateMessage("Importing " + file.getFileName() + " into " + data.root() + "...");
                if (org.naswot.bench.imports.DataImport.detect(file) == org.naswot.bench.imports.DataImport.Kind.NATS
                        && Files.isRegularFile(file)) {
                    org.naswot.run.TarIntegrity.check(file);
                }
                try (org.naswot.bench.imports.BenchmarkStore store = org.naswot.bench.imports.BenchmarkStore.open(
                        data.resolve(org.naswot.bench.imports.BenchmarkStore.FILE_NAME))) {
                    return org.naswot.bench.imports.DataImport.run(file, store, (done, total) -> {
                        updateMessage(String.format(java.util.Locale.ROOT, "Importing %s: %,d%s", file.getFileName(),
                                done, total > 0 ? String.format(java.util.Locale.ROOT, " of %,d", total) : ""));
                        if (total > 0) {
                            updateProgress(done, total);
                        }
                    });
                }
            }
        };
        runDataTask(t, "naswot-import", r -> String.format(java.util.Locale.ROOT,
                "Imported %s: %,d architectures, %,d values.", file.getFileName(), r.architectures(), r.rows()),
                x -> "Import failed: " + describe(x));
    }

    /** Runs a data task (download, import) in the background, its progress in the status line, then checks the data. */
    private <T> void runDataTask(Task<T> t, String threadName, java.util.function.Function<T, String> succeeded,
                                 java.util.function.Function<Throwable, String> failed) {
        progress.bind(t.progressProperty());
        status.bind(t.messageProperty());
        downloading.set(true);
        Runnable done = () -> {
            progress.unbind();
            status.unbind();
            downloading.set(false);
            checkData();
        };
        t.setOnSucceeded(e -> {
            done.run();
            status.set(succeeded.apply(t.getValue()));
        });
        t.setOnFailed(e -> {
            done.run();
            status.set(failed.apply(t.getException()));
        });
        t.setOnCancelled(e -> done.run());
        Thread thread = new Thread(t, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Downloads the offered dataset in the background, then checks the data again. */
    public DatasetDownloadTask download() {
        if (downloadable.get().isEmpty() || downloading.get() || running.get()) {
            return null;
        }
        String id = downloadable.get();
        DatasetDownloadTask t = new DatasetDownloadTask(org.naswot.data.download.DatasetSource.byId(id), data);
        // where this machine is offline the archive can be fetched by hand and imported
        runDataTask(t, "naswot-download", files -> "Downloaded " + files.size() + " file(s) into " + data.resolve(id)
                + "; new runs use all images.", x -> "Download failed: " + describe(x) + " (download the archive by "
                + "hand and run `naswot data import <archive>`)");
        return t;
    }

    public ExplorerSettings settings() {
        return new ExplorerSettings(space.get(), dataset.get(), accuracyColumn.get(), input.get(), batchSize.get(),
                seed.get(), counting.get(), device.get(), sample.get());
    }

    /** Starts scoring in the background; results stream into the scatter and the database. */
    public ScoringTask start() {
        if (running.get()) {
            return task;
        }
        // a run streams NASWOT scores: x shows them
        shownRun.set(null);
        shownTogether = List.of();
        scatter.measureProperty().set(ScoreScatterModel.NWOT);
        missingValues.set(0);
        scatter.clear();
        notes.clear();
        plottedAccuracy = accuracyColumn.get();
        labelAccuracy(List.of(space.get()), plottedAccuracy);
        ScoringTask t = new ScoringTask(settings(), data, db, scatter::enqueue,
                n -> Platform.runLater(() -> notes.add(n)));
        progress.bind(t.progressProperty());
        status.bind(t.messageProperty());
        running.set(true);
        t.setOnSucceeded(e -> {
            if (t.getValue().computed() > 0) {
                measuredSecondsPerCell = t.getValue().secondsPerComputedArch();
                measuredSpace = space.get();
            }
            finished(t, summary(t.getValue()));
            shownRun.set(runs.stream().filter(r -> r.id() == t.getValue().runId()).findFirst().orElse(null));
        });
        t.setOnCancelled(e -> {
            finished(t, "Cancelled: the scores so far are stored; run again to resume.");
            // Cancel returns at once, but the scoring thread records the run's last score and its 'cancelled' status
            // when it stops: list the runs again then (the worker is single-threaded, so this job runs after it)
            worker.submit(() -> Platform.runLater(this::refreshRuns));
        });
        t.setOnFailed(e -> finished(t, "Failed: " + describe(t.getException())));
        task = t;
        worker.submit(t);
        return t;
    }

    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void finished(ScoringTask t, String message) {
        progress.unbind();
        status.unbind();
        status.set(message);
        // every result was queued before the task ended: show the last ones and the final statistics now, not at
        // the pump's next tick
        scatter.drainQueue();
        scatter.refreshStatistics();
        // refresh before clearing running: whoever waits for the run's end then sees it listed
        refreshRuns();
        running.set(false);
    }

    private String summary(ScoringRun.Outcome o) {
        return String.format("Scored %,d architectures (%,d computed, %,d from the database) in run %d.",
                o.results().size(), o.computed(), o.results().size() - o.computed(), o.runId());
    }

    static String describe(Throwable t) {
        return UserFacingException.describe(t);
    }

    public void refreshRuns() {
        try {
            List<RunInfo> all = history.runs();
            // a tau computed for a run whose scores grew since (a resumed run) is recomputed
            all.forEach(r -> runs.stream().filter(o -> o.id() == r.id() && o.scored() != r.scored()).findFirst()
                    .ifPresent(o -> runTaus.remove(o.id())));
            runs.setAll(all);
            computeTaus(all);
        } catch (RuntimeException e) {
            notes.add("Cannot read the results database " + db + ": " + describe(e));
        }
    }

    /**
     * Shows a stored run in the scatter with the current accuracy column, x being the scatter's measure (the score or
     * a proxy's stored values). The run's space (and its benchmark table) is opened once, off the FX thread; points go
     * through the scatter's thread-safe queue.
     */
    public void show(RunInfo run) {
        shownRun.set(run);
        shownTogether = List.of();
        String column = accuracyColumn.get();
        plottedAccuracy = column;
        labelAccuracy(List.of(run.settings().space()), column);
        String measure = scatter.measureProperty().get();
        status.set("Loading run " + run.id() + "...");
        scatter.clear();
        missingValues.set(0);
        worker.submit(() -> {
            try {
                int missing = enqueuePoints(run, column, measure, "run " + run.id());
                Platform.runLater(() -> {
                    missingValues.set(missing);
                    status.set("Showing run " + run.id() + " (" + run.scored() + " architectures, "
                            + run.settings().counting().cliName() + " counting, seed " + run.settings().batchSeed()
                            + (missing > 0 ? "; " + missing + " without stored " + measure : "") + ").");
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Cannot show run " + run.id() + ": " + describe(e)));
            }
        });
    }

    /**
     * Queues one run's points, x being the score or a proxy's stored value (architectures without one are left out);
     * returns how many were left out for want of a stored value.
     */
    /**
     * Names what y holds, in the spaces' own words (NB301: a surrogate's prediction, not a trained accuracy), off the
     * FX thread (opening a space reads its table); runs of spaces that differ in it get the neutral "accuracy".
     */
    private void labelAccuracy(List<String> spaceKeys, String column) {
        // not on the scoring worker: the label must not wait for a run to end
        reader.submit(() -> {
            try {
                List<String> kinds = spaceKeys.stream().map(k -> history.space(k).accuracyKind(column)).distinct()
                        .toList();
                String kind = kinds.size() == 1 ? kinds.get(0) : "accuracy";
                Platform.runLater(() -> scatter.accuracyKindProperty().set(kind));
            } catch (RuntimeException e) {
                // the space cannot be opened: showing or scoring says why
            }
        });
    }

    private int enqueuePoints(RunInfo run, String column, String measure, String group) {
        RunHistory.RunPoints points = history.points(run, column, measure);
        for (RunHistory.RunPoint p : points.points()) {
            scatter.enqueue(new ScorePoint(p.index(), p.arch(), p.x(), p.accuracy(), p.params(), group));
        }
        return points.missing();
    }

    /**
     * Shows several stored runs together, coloured by run, each with its own tau and its bootstrap interval (a pooled
     * tau would mix runs' score scales).
     */
    public void showTogether(List<RunInfo> runsToShow) {
        if (runsToShow.size() == 1) {
            show(runsToShow.get(0));
            return;
        }
        shownRun.set(null);
        shownTogether = List.copyOf(runsToShow);
        String column = accuracyColumn.get();
        plottedAccuracy = column;
        labelAccuracy(runsToShow.stream().map(r -> r.settings().space()).distinct().toList(), column);
        String measure = scatter.measureProperty().get();
        status.set("Loading " + runsToShow.size() + " runs...");
        scatter.clear();
        missingValues.set(0);
        scatter.colourModeProperty().set(org.naswot.figures.scatter.ColourMode.GROUP);
        worker.submit(() -> {
            try {
                int missing = 0;
                for (RunInfo run : runsToShow) {
                    missing += enqueuePoints(run, column, measure, "#" + run.id() + " " + run.displayName());
                }
                int left = missing;
                Platform.runLater(() -> status.set("Showing " + runsToShow.size() + " runs together, coloured by run"
                        + (left > 0 ? "; " + left + " architectures without stored " + measure : "") + "."));
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Cannot show the runs: " + describe(e)));
            }
        });
    }

    /** Shows what is shown again, e.g. with another measure on x or after missing proxy values were computed. */
    public void reshow() {
        if (running.get()) {
            return;
        }
        if (shownRun.get() != null) {
            show(shownRun.get());
        } else if (!shownTogether.isEmpty()) {
            showTogether(shownTogether);
        }
    }

    /** Names a stored run (blank: back to its command line). */
    public void renameRun(RunInfo run, String title) {
        changeStore("rename run " + run.id(), () -> history.rename(run.id(), title));
    }

    /** Applies a change to the results database, says why it failed if it did, and lists the runs again. */
    private void changeStore(String what, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            notes.add("Cannot " + what + ": " + describe(e));
        }
        refreshRuns();
    }

    /** Deletes a stored run and its scores. */
    public void deleteRun(RunInfo run) {
        if (shownRun.get() != null && shownRun.get().id() == run.id()) {
            shownRun.set(null);
            scatter.clear();
        }
        changeStore("delete run " + run.id(), () -> history.delete(run.id()));
    }

    /** Kendall tau of each listed run against its space's default accuracy, computed in the background. */
    public final javafx.collections.ObservableMap<Long, Double> runTaus = FXCollections.observableHashMap();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-history");
        t.setDaemon(true);
        return t;
    });

    private void computeTaus(List<RunInfo> listed) {
        List<RunInfo> missing = listed.stream().filter(r -> !runTaus.containsKey(r.id()) && r.scored() >= 3).toList();
        if (missing.isEmpty()) {
            return;
        }
        reader.submit(() -> {
            java.util.Map<Long, Double> found = new java.util.HashMap<>();
            for (RunInfo run : missing) {
                try {
                    org.naswot.search.stats.Correlations c = history.correlations(run);
                    if (c.n() >= 3) {
                        found.put(run.id(), c.tau());
                    }
                } catch (RuntimeException e) {
                    // the list shows this run without tau then
                }
            }
            Platform.runLater(() -> runTaus.putAll(found));
        });
    }

    public ScoringTask task() {
        return task;
    }

    public DataDirectory data() {
        return data;
    }

    public Path db() {
        return db;
    }

    public void shutdown() {
        cancel();
        worker.shutdownNow();
    }
}
