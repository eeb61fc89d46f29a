package org.naswot.app.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.search.stats.Correlations;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;

/**
 * The stored runs: listed with their tau, shown in the scatter (one, or several together coloured by run), renamed
 * and deleted through {@link RunHistory}. Loading goes off the FX thread; points reach the scatter through its
 * thread-safe queue.
 */
public final class RunListViewModel {
    public final ObservableList<RunInfo> runs = FXCollections.observableArrayList();
    /** Kendall tau of each listed run against its space's default accuracy, computed in the background. */
    public final ObservableMap<Long, Double> runTaus = FXCollections.observableHashMap();
    /** The run whose scores the scatter shows (a finished, cancelled or re-opened run), or null: figures' provenance. */
    public final ObjectProperty<RunInfo> shownRun = new SimpleObjectProperty<>();
    /** How many of the shown run's architectures lack a stored value of the scatter's proxy (0 for nwot). */
    public final IntegerProperty missingValues = new SimpleIntegerProperty(0);
    /** A run to mark in the list and show, pickers untouched (the list takes it and sets this back to null). */
    public final ObjectProperty<RunInfo> reopenRequest = new SimpleObjectProperty<>();

    private final RunHistory history;
    private final Path db;
    private final ScoreScatterModel scatter;
    private final StringProperty accuracyColumn;
    private final StatusLine line;
    /** Shared with scoring: a run is loaded after the scoring in progress, never beside it. */
    private final ExecutorService worker;
    /** Labels and taus: not on the scoring worker, they must not wait for a run to end. */
    private final ExecutorService reader = StatusLine.worker("naswot-history");
    /** The accuracy column the plotted points were read with (the picker may have moved on since). */
    private volatile String plottedAccuracy;
    /** The runs shown together (several), else empty. */
    private List<RunInfo> shownTogether = List.of();
    /** The space the picker has chosen, and the status that describes what is shown (null: none said yet). */
    private String chosenSpace;
    private String showingText;
    private List<String> showingSpaces = List.of();

    RunListViewModel(RunHistory history, Path db, ScoreScatterModel scatter, StringProperty accuracyColumn,
                     StatusLine line, ExecutorService worker) {
        this.history = history;
        this.db = db;
        this.scatter = scatter;
        this.accuracyColumn = accuracyColumn;
        this.line = line;
        this.worker = worker;
        this.plottedAccuracy = accuracyColumn.get();
    }

    public String plottedAccuracy() {
        return plottedAccuracy;
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
            line.notes().add("Cannot read the results database " + db + ": " + ExplorerViewModel.describe(e));
        }
    }

    /**
     * On start, the chart shows what it showed last (review m8: it started empty): the run {@code lastRun} where it is
     * still stored and of {@code space}, else the newest scoring run of {@code space}; none of another space (the chart
     * would disagree with the space picker). The pickers stay as they are. Returns the run asked for, or null.
     */
    public RunInfo reopenLast(Long lastRun, String space) {
        List<RunInfo> mine = runs.stream().filter(r -> r.settings().space().equals(space)).toList();
        RunInfo run = mine.stream().filter(r -> lastRun != null && r.id() == lastRun).findFirst()
                .orElseGet(() -> mine.stream().filter(r -> r.label() == null || !r.label().startsWith("search "))
                        .max(java.util.Comparator.comparingLong(RunInfo::id)).orElse(null));
        reopenRequest.set(run);
        return run;
    }

    /** A new run streams NASWOT scores of {@code space} into an empty scatter: nothing stored is shown. */
    void showStreaming(String space) {
        shownRun.set(null);
        showingText = null;
        shownTogether = List.of();
        scatter.measureProperty().set(ScoreScatterModel.NWOT);
        missingValues.set(0);
        scatter.clear();
        line.notes().clear();
        plottedAccuracy = accuracyColumn.get();
        labelAccuracy(List.of(space), plottedAccuracy);
    }

    /** After a run ended and the runs were listed again: show it as the stored run it now is. */
    void showFinished(long runId) {
        shownRun.set(runs.stream().filter(r -> r.id() == runId).findFirst().orElse(null));
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
        line.status().set("Loading run " + run.id() + "...");
        scatter.clear();
        missingValues.set(0);
        worker.submit(() -> {
            try {
                int missing = enqueuePoints(run, column, measure, "run " + run.id());
                Platform.runLater(() -> {
                    missingValues.set(missing);
                    saying("Showing run " + run.id() + " (" + run.settings().space() + ", " + run.scored()
                            + " architectures, " + run.settings().counting().cliName() + " counting, seed "
                            + run.settings().batchSeed() + (missing > 0 ? "; " + missing + " without stored " + measure
                            : "") + ")", List.of(run.settings().space()));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> line.status().set("Cannot show run " + run.id() + ": "
                        + ExplorerViewModel.describe(e)));
            }
        });
    }

    /**
     * Names what y holds, in the spaces' own words (NB301: a surrogate's prediction, not a trained accuracy), off the
     * FX thread (opening a space reads its table); runs of spaces that differ in it get the neutral "accuracy".
     */
    private void labelAccuracy(List<String> spaceKeys, String column) {
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

    /**
     * Queues one run's points, x being the score or a proxy's stored value (architectures without one are left out);
     * returns how many were left out for want of a stored value.
     */
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
        List<String> spaces = runsToShow.stream().map(r -> r.settings().space()).distinct().toList();
        if (spaces.size() > 1) {
            // one accuracy axis cannot serve two spaces (review N9: a raw "column ... does not exist" and a stale plot)
            line.status().set("Runs of different spaces (" + String.join(", ", spaces) + ") cannot share one "
                    + "accuracy axis: select runs of one space to show them together, or show each on its own.");
            return;
        }
        shownRun.set(null);
        shownTogether = List.copyOf(runsToShow);
        String column = accuracyColumn.get();
        plottedAccuracy = column;
        labelAccuracy(runsToShow.stream().map(r -> r.settings().space()).distinct().toList(), column);
        String measure = scatter.measureProperty().get();
        line.status().set("Loading " + runsToShow.size() + " runs...");
        scatter.clear();
        missingValues.set(0);
        scatter.colourModeProperty().set(ColourMode.GROUP);
        worker.submit(() -> {
            try {
                int missing = 0;
                for (RunInfo run : runsToShow) {
                    missing += enqueuePoints(run, column, measure, "#" + run.id() + " " + run.displayName());
                }
                int left = missing;
                Platform.runLater(() -> saying("Showing " + runsToShow.size() + " runs together (" + spaces.get(0)
                        + "), coloured by run" + (left > 0 ? "; " + left + " architectures without stored " + measure
                        : ""), spaces));
            } catch (RuntimeException e) {
                Platform.runLater(() -> line.status().set("Cannot show the runs: " + ExplorerViewModel.describe(e)));
            }
        });
    }

    /**
     * Another space was chosen: the chart keeps the run it shows (a setting change does not discard what the user looks
     * at), and the status, where it still describes the run, says the run is of another space (review: "Showing run N"
     * stayed unqualified after a space switch).
     */
    void spaceChosen(String space) {
        chosenSpace = space;
        String now = line.status().get();
        if (showingText != null && !line.status().isBound() && now != null && now.startsWith(showingText)) {
            line.status().set(describeShowing());
        }
    }

    /** Says what is shown: {@code text}, then whether its space is the chosen one. */
    private void saying(String text, List<String> spaces) {
        showingText = text;
        showingSpaces = spaces;
        line.status().set(describeShowing());
    }

    private String describeShowing() {
        boolean elsewhere = chosenSpace != null && !showingSpaces.contains(chosenSpace);
        return showingText + (elsewhere ? " \u2014 not the chosen space (" + chosenSpace + ")." : ".");
    }

    /** The runs on show: the one shown, or those shown together; empty when none (File ▸ Export all… reports them). */
    public List<RunInfo> shownRuns() {
        return shownRun.get() != null ? List.of(shownRun.get()) : shownTogether;
    }

    /** Shows what is shown again, e.g. with another measure on x or after missing proxy values were computed. */
    public void reshow() {
        if (line.running().get()) {
            return;
        }
        if (shownRun.get() != null) {
            show(shownRun.get());
        } else if (!shownTogether.isEmpty()) {
            showTogether(shownTogether);
        }
    }

    /**
     * Shows the runs on show again against the Accuracy (y) picker's new column (e.g. NB301's Suite-Zero nwot), when
     * they are of the picker's space: a column chosen with another space is no column of theirs.
     */
    void reshowAgainst(String pickerSpace, String column) {
        List<RunInfo> shown = shownRuns();
        if (column == null || column.equals(plottedAccuracy) || shown.isEmpty() || pickerSpace == null
                || !shown.stream().allMatch(r -> baseSpace(r.settings().space()).equals(baseSpace(pickerSpace)))) {
            return;
        }
        reshow();
    }

    private static String baseSpace(String key) {
        return key.contains("/") ? key.substring(0, key.indexOf('/')) : key;
    }

    /** Names a stored run (blank: back to its command line). */
    public void renameRun(RunInfo run, String title) {
        changeStore("rename run " + run.id(), () -> history.rename(run.id(), title));
        // the shown run's legend and provenance carry the new name (review N18: "run 2" stayed)
        RunInfo renamed = runs.stream().filter(r -> r.id() == run.id()).findFirst().orElse(null);
        if (renamed != null && shownRun.get() != null && shownRun.get().id() == run.id()) {
            show(renamed);
        } else if (renamed != null && shownTogether.stream().anyMatch(r -> r.id() == run.id())) {
            showTogether(shownTogether.stream().map(r -> r.id() == run.id() ? renamed : r).toList());
        }
    }

    /** Deletes a stored run and its scores. */
    public void deleteRun(RunInfo run) {
        boolean shown = shownRun.get() != null && shownRun.get().id() == run.id();
        if (shown) {
            shownRun.set(null);
            showingText = null;
            scatter.clear();
        }
        changeStore("delete run " + run.id(), () -> history.delete(run.id()));
        // "Showing run N" must not outlive run N (review N15)
        if (shown && !line.status().isBound()) {
            line.status().set("Deleted run " + run.id() + ".");
        }
    }

    /** Applies a change to the results database, says why it failed if it did, and lists the runs again. */
    private void changeStore(String what, Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            line.notes().add("Cannot " + what + ": " + ExplorerViewModel.describe(e));
        }
        refreshRuns();
    }

    private void computeTaus(List<RunInfo> listed) {
        List<RunInfo> missing = listed.stream().filter(r -> !runTaus.containsKey(r.id()) && r.scored() >= 3).toList();
        if (missing.isEmpty()) {
            return;
        }
        reader.submit(() -> {
            Map<Long, Double> found = new HashMap<>();
            for (RunInfo run : missing) {
                try {
                    Correlations c = history.correlations(run);
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
}
