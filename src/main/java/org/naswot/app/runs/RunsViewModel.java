package org.naswot.app.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.naswot.data.DataDirectory;
import org.naswot.run.SweepGrid;
import org.naswot.service.RunComparison;
import org.naswot.service.RunHistory;
import org.naswot.service.RunSetting;
import org.naswot.service.SweepService;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;
import org.naswot.store.SweepInfo;

/**
 * The Runs table's state: every stored run with tau, rho and their bootstrap intervals (computed off the FX thread by
 * {@link RunComparison}, as {@code naswot runs compare} computes them), filtered by text (label, tags, settings) and by
 * sweep, grouped by a setting with mean ± std of tau, and the settings that differ between the selected runs. Sweeps
 * run here in the background ({@link SweepTask}); an unfinished one is offered for continuing.
 */
public final class RunsViewModel {
    /** A sweep filter entry: every run, or one sweep's runs. */
    public record SweepChoice(SweepInfo sweep) {
        @Override
        public String toString() {
            return sweep == null ? "All runs" : "Sweep " + sweep.id() + " (" + sweep.points().size() + " points"
                    + (sweep.status() == RunStatus.FINISHED ? ")" : ", " + sweep.status().dbName() + ")");
        }
    }

    public final ObservableList<RunComparison.Row> rows = FXCollections.observableArrayList();
    public final FilteredList<RunComparison.Row> shown = new FilteredList<>(rows, r -> true);
    public final StringProperty search = new SimpleStringProperty("");
    public final ObservableList<SweepChoice> sweepChoices = FXCollections.observableArrayList(new SweepChoice(null));
    public final ObjectProperty<SweepChoice> sweepFilter = new SimpleObjectProperty<>(sweepChoices.get(0));
    /** Null: no grouping. */
    public final ObjectProperty<RunSetting> groupBy = new SimpleObjectProperty<>();
    public final ObservableList<RunComparison.Group> groups = FXCollections.observableArrayList();
    public final ObservableList<RunComparison.Row> selected = FXCollections.observableArrayList();
    public final StringProperty diff = new SimpleStringProperty("");
    public final StringProperty status = new SimpleStringProperty("");
    /** The notification of the last sweep, or the offer to continue an unfinished one. */
    public final StringProperty banner = new SimpleStringProperty("");
    /** The unfinished sweep the banner offers to continue, or null. */
    public final ObjectProperty<SweepInfo> resumable = new SimpleObjectProperty<>();
    public final BooleanProperty sweepRunning = new SimpleBooleanProperty(false);
    public final DoubleProperty sweepProgress = new SimpleDoubleProperty(0);
    public final StringProperty sweepMessage = new SimpleStringProperty("");

    private final RunHistory history;
    private final SweepService sweeps;
    private final Consumer<String> notify;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-runs-table");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService sweeper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-sweep");
        t.setDaemon(true);
        return t;
    });
    private SweepTask task;
    private List<SweepInfo> knownSweeps = List.of();
    private Runnable afterSweep = () -> { };

    /** @param notify told when a sweep ends (the status bar's notes) */
    public RunsViewModel(java.nio.file.Path db, DataDirectory data, Consumer<String> notify) {
        this.history = new RunHistory(db, data);
        this.sweeps = new SweepService(db, data);
        this.notify = notify;
        search.addListener((o, a, b) -> refilter());
        sweepFilter.addListener((o, a, b) -> refilter());
        groupBy.addListener((o, a, b) -> regroup());
        selected.addListener((javafx.collections.ListChangeListener<RunComparison.Row>) c -> rediff());
    }

    /** Called when the runs change (a sweep ended, a score run ended): the main window lists them again too. */
    public void setAfterSweep(Runnable afterSweep) {
        this.afterSweep = afterSweep;
    }

    /** Reads every run and its statistics in the background; rows appear as their statistics are computed. */
    public void reload() {
        status.set("Reading the runs...");
        reader.submit(() -> {
            try {
                List<RunInfo> runs = history.runs();
                Map<Long, List<String>> tags = history.tags();
                List<SweepInfo> all = sweeps.sweeps();
                List<SweepInfo> unfinished = sweeps.unfinished();
                Platform.runLater(() -> {
                    knownSweeps = all;
                    SweepChoice chosen = sweepFilter.get();
                    List<SweepChoice> choices = new ArrayList<>();
                    choices.add(new SweepChoice(null));
                    all.forEach(s -> choices.add(new SweepChoice(s)));
                    sweepChoices.setAll(choices);
                    sweepFilter.set(choices.stream().filter(c -> chosen != null && chosen.sweep() != null
                            && c.sweep() != null && c.sweep().id() == chosen.sweep().id()).findFirst()
                            .orElse(choices.get(0)));
                    if (!sweepRunning.get()) {
                        offer(unfinished.isEmpty() ? null : unfinished.get(unfinished.size() - 1));
                    }
                });
                List<RunComparison.Row> computed = new ArrayList<>();
                for (RunInfo run : runs) {
                    computed.add(RunComparison.row(history, run, RunComparison.RESAMPLES,
                            tags.getOrDefault(run.id(), List.of())));
                    if (computed.size() % 4 == 0 || computed.size() == runs.size()) {
                        List<RunComparison.Row> sofar = List.copyOf(computed);
                        Platform.runLater(() -> {
                            rows.setAll(sofar);
                            status.set(sofar.size() < runs.size() ? String.format(Locale.ROOT,
                                    "Computing tau, rho and their intervals: %d of %d runs...", sofar.size(), runs.size())
                                    : countText(runs.size(), runs.size()));
                            regroup();
                            count();
                        });
                    }
                }
                if (runs.isEmpty()) {
                    Platform.runLater(() -> {
                        rows.clear();
                        status.set("No stored runs yet: score a sample, or start a sweep.");
                    });
                }
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Cannot read the runs: " + e.getMessage()));
            }
        });
    }

    private void offer(SweepInfo unfinished) {
        resumable.set(unfinished);
        if (unfinished != null) {
            banner.set("Sweep " + unfinished.id() + " did not finish (" + unfinished.status().dbName() + "): continue "
                    + "it to score its remaining points; its finished points are kept.");
        }
    }

    /** Tags a run (then lists the runs again). */
    public void tag(RunComparison.Row row, String tag) {
        change(() -> history.tag(row.run().id(), tag));
    }

    public void untag(RunComparison.Row row, String tag) {
        change(() -> history.untag(row.run().id(), tag));
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            status.set("Cannot change the run: " + e.getMessage());
        }
        reload();
    }

    /** Starts a new sweep of this grid (or continues the stored sweep of the same grid). */
    public void startSweep(SweepGrid grid) {
        start(new SweepTask(sweeps, grid, null));
    }

    /** Continues the sweep the banner offers. */
    public void continueSweep() {
        SweepInfo s = resumable.get();
        if (s != null) {
            start(new SweepTask(sweeps, null, s.id()));
        }
    }

    public void cancelSweep() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void start(SweepTask t) {
        if (sweepRunning.get()) {
            return;
        }
        task = t;
        resumable.set(null);
        banner.set("");
        sweepRunning.set(true);
        sweepProgress.bind(t.progressProperty());
        sweepMessage.bind(t.messageProperty());
        t.setOnSucceeded(e -> ended(t, null));
        t.setOnCancelled(e -> ended(t, null));
        t.setOnFailed(e -> ended(t, t.getException()));
        sweeper.submit(t);
    }

    /** The notification: what the sweep did, and its grouped tau; its runs are then shown as a group. */
    private void ended(SweepTask t, Throwable failure) {
        sweepProgress.unbind();
        sweepMessage.unbind();
        sweepRunning.set(false);
        Long id = t.sweepId();
        String text;
        if (failure != null) {
            text = "Sweep " + (id == null ? "" : id + " ") + "failed: " + failure.getMessage()
                    + (id == null ? "" : "; its finished points are kept, Continue resumes it.");
        } else if (t.isCancelled() || (t.getValue() != null && t.getValue().stopped())) {
            text = "Sweep " + id + " cancelled: its finished points are kept; Continue resumes it.";
        } else {
            text = "Sweep " + id + " finished: " + t.summary();
        }
        banner.set(text);
        notify.accept(text);
        if (id != null) {
            SweepInfo s = null;
            try {
                s = sweeps.sweep(id);
            } catch (RuntimeException ignored) {
                // nothing stored: nothing to show
            }
            if (s != null && s.status() != RunStatus.FINISHED) {
                resumable.set(s);
            }
            if (s != null) {
                List<RunSetting> by = SweepService.defaultGroups(s);
                groupBy.set(by.isEmpty() ? null : by.get(0));
                long shownId = id;
                reloadShowingSweep(shownId);
            }
        }
        afterSweep.run();
    }

    /** Shows the newest sweep's runs as a group (the screenshot's state; nothing when there is no sweep). */
    public void showLatestSweep() {
        reader.submit(() -> {
            List<SweepInfo> all = sweeps.sweeps();
            if (all.isEmpty()) {
                return;
            }
            SweepInfo last = all.get(all.size() - 1);
            List<RunSetting> by = SweepService.defaultGroups(last);
            Platform.runLater(() -> {
                groupBy.set(by.isEmpty() ? null : by.get(0));
                reloadShowingSweep(last.id());
            });
        });
    }

    private void reloadShowingSweep(long id) {
        sweepFilter.set(new SweepChoice(new SweepInfo(id, "{}", RunStatus.RUNNING, "", java.time.Instant.EPOCH, null,
                List.of())));
        reload();
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        SweepChoice choice = sweepFilter.get();
        java.util.Set<Long> inSweep = choice == null || choice.sweep() == null ? null
                : knownSweeps.stream().filter(s -> s.id() == choice.sweep().id()).findFirst()
                .map(s -> s.points().stream().map(SweepInfo.Point::runId).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
        shown.setPredicate(r -> (inSweep == null || inSweep.contains(r.run().id())) && (q.isEmpty() || text(r).contains(q)));
        regroup();
        count();
    }

    /** "7 runs", or "6 of 7 runs shown" when the search or the sweep filter hides some. */
    private void count() {
        if (rows.isEmpty() || status.get().startsWith("Computing") || status.get().startsWith("Cannot")) {
            return;
        }
        status.set(countText(shown.size(), rows.size()));
    }

    /** "1 run.", "7 runs.", or "6 of 7 runs shown." (the tab said "1 runs."). */
    static String countText(int shown, int total) {
        String runs = total == 1 ? " run" : " runs";
        return shown == total ? total + runs + "." : shown + " of " + total + runs + " shown.";
    }

    /** What the text search looks in: id, label, tags, status and every setting. */
    static String text(RunComparison.Row r) {
        StringBuilder b = new StringBuilder().append('#').append(r.run().id()).append(' ')
                .append(r.run().displayName()).append(' ').append(r.run().status().dbName());
        r.tags().forEach(t -> b.append(' ').append(t));
        for (RunSetting s : RunSetting.values()) {
            b.append(' ').append(s.id()).append('=').append(r.setting(s)).append(' ').append(r.setting(s));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private void regroup() {
        RunSetting by = groupBy.get();
        groups.setAll(by == null ? List.of() : RunComparison.of(List.copyOf(shown), List.of(by)).groups());
    }

    private void rediff() {
        if (selected.size() < 2) {
            diff.set(selected.size() == 1 ? "Select two or more runs to see the settings that differ between them."
                    : "");
            return;
        }
        Map<RunSetting, List<String>> differing = RunComparison.of(List.copyOf(selected), null).differing();
        if (differing.isEmpty()) {
            diff.set("The " + selected.size() + " selected runs have equal settings.");
            return;
        }
        StringBuilder b = new StringBuilder("Settings that differ between runs "
                + String.join(", ", selected.stream().map(r -> "#" + r.run().id()).toList()) + ":");
        differing.forEach((s, values) -> b.append("\n  ").append(s.id()).append(": ").append(String.join(", ", values)));
        diff.set(b.toString());
    }

    public void shutdown() {
        cancelSweep();
        reader.shutdownNow();
        sweeper.shutdownNow();
    }
}
