package org.naswot.app.lecture;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.naswot.app.export.SaveTarget;

/**
 * The lecture's teaching extras: autoplay's speed, the comparison with the plot's lowest-scoring cell, and the
 * export of every step as PDF slides (in the background, with progress and Cancel).
 */
public final class LectureControls {
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "naswot-lecture-slides");
        t.setDaemon(true);
        return t;
    });
    private final LectureView view;
    private final LectureViewModel model;
    private final LectureFigures figures;
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final ToggleButton compare = new ToggleButton("Compare with lowest-scoring");
    private final Button export = new Button("Export slides\u2026");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Label status = new Label();
    private SaveTarget saveTarget = SaveTarget.FILE_CHOOSER;
    private LectureSlides running;
    /** Held here: the shared speed holds it weakly, so a lecture replaced by another's is not kept alive. */
    private final javafx.beans.InvalidationListener speedListener =
            o -> speed.setValue(AutoplaySpeed.secondsProperty().get());

    LectureControls(LectureView view, LectureViewModel model, LectureFigures figures) {
        this.view = view;
        this.model = model;
        this.figures = figures;
        speed.getItems().setAll(AutoplaySpeed.CHOICES);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : AutoplaySpeed.label(s);
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        });
        speed.setValue(AutoplaySpeed.secondsProperty().get());
        speed.valueProperty().addListener((o, a, b) -> AutoplaySpeed.secondsProperty().set(b));
        AutoplaySpeed.secondsProperty().addListener(new javafx.beans.WeakInvalidationListener(speedListener));
        speed.setTooltip(new Tooltip("How long Autoplay shows each step (Tab to it, Space to open, arrows to choose)"));
        compare.setDisable(!figures.canCompare());
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.setTooltip(new Tooltip(figures.canCompare()
                ? "Show the plot's lowest-scoring cell beside this one, at the same step"
                : "No other cell to compare with: this is the plot's lowest-scoring cell"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setTooltip(new Tooltip("Save every step as one page of a PDF, with its caption"));
        export.setOnAction(e -> exportSlides());
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        status.getStyleClass().add("view-subtitle");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        busy(false);
    }

    ChoiceBox<Double> speed() {
        return speed;
    }

    ToggleButton compare() {
        return compare;
    }

    BooleanProperty compareProperty() {
        return compare.selectedProperty();
    }

    /** Export slides, and while it runs its progress and Cancel (they sit with the other controls). */
    List<Node> exportControls() {
        return List.of(export, progress, cancel);
    }

    /** What the last export did, on a line of its own while there is something to say. */
    Label exportStatus() {
        return status;
    }

    /** Where the slides go; the platform's save dialog unless a test sets another. */
    public void setSaveTarget(SaveTarget target) {
        saveTarget = target;
    }

    public Button exportButton() {
        return export;
    }

    public Button cancelButton() {
        return cancel;
    }

    public String status() {
        return status.getText();
    }

    /** The export in progress (or last run), for tests to wait on; null before the first. */
    public javafx.concurrent.Task<Path> slidesTask() {
        return running;
    }

    private void exportSlides() {
        Path target = saveTarget.choose(view.getScene() == null ? null : view.getScene().getWindow(),
                "lecture-" + model.stepCount() + "-steps.pdf", "pdf");
        if (target == null) {
            return;
        }
        LectureSlides task = new LectureSlides(model, figures, compare.isSelected(), target);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> done("Saved " + model.stepCount() + " slides to " + target + "."));
        task.setOnCancelled(e -> done("Slides not saved: cancelled (no file written)."));
        task.setOnFailed(e -> done("Cannot write the slides: " + task.getException().getMessage()
                + " (no file written; choose another folder)."));
        running = task;
        busy(true);
        WORKER.submit(task);
    }

    private void done(String message) {
        status.textProperty().unbind();
        status.setText(message);
        busy(false);
    }

    private void busy(boolean on) {
        export.setDisable(on);
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(on);
        cancel.setManaged(on);
    }
}
