package org.naswot.app.proxies;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.naswot.data.DataDirectory;
import org.naswot.store.RunInfo;
import javafx.application.Platform;
import org.naswot.common.UserFacingException;

/**
 * A strip that says which proxies a run lacks values of and offers to compute them in the background, with progress
 * and a cancel that keeps what was computed; hidden while nothing is missing.
 */
public final class ProxyComputeBar extends HBox {
    /** One worker for every bar: two views asking for the same values queue instead of computing them twice. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-proxies");
        t.setDaemon(true);
        return t;
    });
    private final Path db;
    private final DataDirectory data;
    private final Consumer<String> notes;
    private final Label text = new Label();
    private final Button compute = new Button("Compute");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private RunInfo run;
    private List<String> proxies = List.of();
    private ProxyComputeTask task;
    private Runnable onComputed = () -> { };

    /** @param notes where a failure is reported (FX thread) */
    public ProxyComputeBar(Path db, DataDirectory data, Consumer<String> notes) {
        this.db = db;
        this.data = data;
        this.notes = notes;
        getStyleClass().addAll("toolbar-strip", "proxy-compute-bar");
        setAlignment(Pos.CENTER_LEFT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        compute.setTooltip(new Tooltip("Compute the missing values with the run's own batch and weight seeds; each "
                + "value is stored as it comes, so Cancel keeps what was computed"));
        compute.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        compute.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        progress.setPrefWidth(160);
        // the list of missing proxies wraps; the buttons keep their words (they were cut to "...")
        compute.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(text, progress, compute, cancel);
        offer(null, List.of(), "");
    }

    /** Shows what is missing and what Compute would complete; an empty list hides the bar (unless computing). */
    public void offer(RunInfo run, List<String> missing, String description) {
        this.run = run;
        this.proxies = List.copyOf(missing);
        if (!running.get()) {
            text.setText(description);
        }
        boolean show = running.get() || (run != null && !missing.isEmpty());
        setVisible(show);
        setManaged(show);
    }

    /** Called on the FX thread after a computation ends (finished, cancelled or failed): reload the values. */
    public void setOnComputed(Runnable r) {
        onComputed = r;
    }

    public ProxyComputeTask start() {
        if (running.get() || run == null || proxies.isEmpty()) {
            return task;
        }
        ProxyComputeTask t = new ProxyComputeTask(db, data, run, proxies,
                n -> Platform.runLater(() -> notes.accept(n)));
        progress.progressProperty().bind(t.progressProperty());
        text.textProperty().bind(t.messageProperty());
        running.set(true);
        // values show as they arrive, not only at the end (review N14)
        t.setOnArrived(() -> Platform.runLater(() -> onComputed.run()));
        t.setOnSucceeded(e -> finished(null));
        t.setOnCancelled(e -> finished(null));
        t.setOnFailed(e -> finished(t.getException()));
        task = t;
        WORKER.submit(t);
        return t;
    }

    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void finished(Throwable failure) {
        progress.progressProperty().unbind();
        text.textProperty().unbind();
        running.set(false);
        if (failure != null) {
            notes.accept("Cannot compute the proxies: " + UserFacingException.describe(failure));
        }
        onComputed.run();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ProxyComputeTask task() {
        return task;
    }

    public String text() {
        return text.getText();
    }
}
