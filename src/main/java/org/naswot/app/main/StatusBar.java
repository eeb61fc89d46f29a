package org.naswot.app.main;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The window's bottom line: the running task's progress, the status, the latest note, and (for profiling,
 * -Dnaswot.pulse.log=true) how long the UI paused while scoring.
 */
final class StatusBar extends HBox {

    StatusBar(ExplorerViewModel vm, PulseMonitor pulses) {
        super(12);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progress);
        bar.visibleProperty().bind(vm.running);
        // hidden, it takes no room: the status text starts at the window's edge
        bar.managedProperty().bind(vm.running);
        Label status = new Label();
        status.textProperty().bind(vm.status);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        // a long message or note wraps to a second line instead of ending in "…" (review P1); a short one keeps one
        // line, so the bar grows only while a message needs the room
        Label note = new Label();
        for (Label l : new Label[] {status, note}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        note.getStyleClass().add("note");
        vm.notes.addListener((ListChangeListener<String>) c ->
                note.setText(vm.notes.isEmpty() ? "" : vm.notes.get(vm.notes.size() - 1)));
        // both whole in their tooltips too (review N19)
        for (Label l : new Label[] {status, note}) {
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            tip.textProperty().bind(l.textProperty());
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            l.setTooltip(tip);
        }
        getChildren().addAll(bar, status, note);
        if (Boolean.getBoolean("naswot.pulse.log")) {
            // UI-pause figures are for profiling, not for users
            getChildren().add(pulseLabel(vm, pulses));
        }
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        getStyleClass().add("status-bar");
    }

    /**
     * UI pauses measured from the first result on (start-up work, window layout and libtorch loading, is not
     * "scoring") to the end of the run (what comes after, tab switches and kernels, is not scoring either).
     */
    static void measureWhileScoring(ExplorerViewModel vm, PulseMonitor pulses) {
        vm.progress.addListener((o, was, now) -> {
            if (was.doubleValue() <= 0 && now.doubleValue() > 0) {
                pulses.reset();
                pulses.start();
            }
        });
        vm.running.addListener((o, was, now) -> {
            if (!now) {
                pulses.stop();
            }
        });
    }

    private static Label pulseLabel(ExplorerViewModel vm, PulseMonitor pulses) {
        Label pulseLabel = new Label();
        vm.running.addListener((o, was, now) -> {
            if (!now) {
                pulseLabel.setText(pulses.summary());
            }
        });
        return pulseLabel;
    }
}
