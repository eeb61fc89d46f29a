package org.naswot.app.network;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.naswot.app.kernel.KernelHeatmap;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.figures.model.KernelMatrix;
import org.naswot.run.ScoringSession;
import org.naswot.score.KernelScore;
import org.naswot.service.ImportedNetworkScoring;

/**
 * File ▸ Open network…: a network of the user's own, exported to ONNX in training mode, scored on the window's current
 * dataset, batch and counting settings with the file's own weights, in a window of its own: the score, how its Relu
 * nodes were counted, and its kernel. Nothing is stored (the network belongs to no space).
 */
public final class OpenNetworkDialog {
    private final Stage stage = new Stage();
    private final Label heading = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label details = new Label();
    private final KernelHeatmap kernel = new KernelHeatmap();
    private final Button cancel = new Button("Cancel");
    private NetworkScoringTask task;

    private OpenNetworkDialog(Window owner) {
        stage.initOwner(owner);
        heading.getStyleClass().add("heading");
        details.setWrapText(true);
        details.setStyle("-fx-font-family: monospace;");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.managedProperty().bind(progress.visibleProperty());
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        HBox buttons = new HBox(8, cancel, close);
        VBox top = new VBox(6, heading, status, progress, details);
        top.setPadding(new Insets(10));
        BorderPane root = new BorderPane(kernel, top, null, buttons, null);
        buttons.setPadding(new Insets(10));
        kernel.setVisible(false);
        stage.setOnHidden(e -> cancel.fire());
        stage.setScene(new Scene(root, 720, 760));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Asks for an .onnx file, then scores it in a window of its own; nothing happens when none is chosen. */
    public static void chooseAndScore(Window owner, Supplier<ScoringSession.Config> settings, DataDirectory data) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open network (ONNX, exported in training mode)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            show(owner, file.toPath(), settings.get(), data);
        }
    }

    /** Scores {@code file} with {@code config} in a new window (also for tests and screenshots). */
    public static OpenNetworkDialog show(Window owner, Path file, ScoringSession.Config config, DataDirectory data) {
        OpenNetworkDialog d = new OpenNetworkDialog(owner);
        d.start(file, config, data);
        d.stage.show();
        return d;
    }

    public Stage stage() {
        return stage;
    }

    /** The line under the heading: progress, the score, or why there is none. */
    String statusText() {
        return status.getText();
    }

    /** The result lines (empty until scored). */
    String detailsText() {
        return details.getText();
    }

    KernelHeatmap kernel() {
        return kernel;
    }

    private void start(Path file, ScoringSession.Config config, DataDirectory data) {
        stage.setTitle("Network: " + file.getFileName());
        heading.setText(file.getFileName() + " (your network, with its own weights)");
        task = new NetworkScoringTask(file, config, data);
        status.textProperty().bind(task.messageProperty());
        progress.setProgress(-1);
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                finished(task.getValue(), task.notes(), config);
            } else if (now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                status.textProperty().unbind();
                progress.setVisible(false);
                cancel.setDisable(true);
                status.setText(now == Worker.State.CANCELLED ? "Cancelled: no score."
                        : "Not scored: " + UserFacingException.describe(task.getException()));
                status.setWrapText(true);
            }
        });
        Thread t = new Thread(task, "onnx-network-scoring");
        t.setDaemon(true);
        t.start();
    }

    private void finished(ImportedNetworkScoring.Result r, List<String> notes, ScoringSession.Config config) {
        status.textProperty().unbind();
        progress.setVisible(false);
        cancel.setDisable(true);
        KernelScore k = r.score();
        status.setText(String.format("NASWOT score %.3f (log|det K|)", k.logDet()));
        StringBuilder text = new StringBuilder();
        text.append(String.format("Relu nodes   %d, each counted once (an exporter merges ReLUs applied to one tensor,%n"
                + "             so this can be fewer than the PyTorch model's ReLU modules)%n", r.network().reluNodes()));
        text.append(String.format("relu units   %,d per image (K's diagonal)%n", k.reluUnits()));
        text.append(String.format("params       %,d   outputs %d%n", k.params(), r.outputs()));
        text.append(String.format("batch        %s%n", r.batch()));
        text.append(String.format("settings     the window's dataset, batch size and seed (%d), on %s%n", config.seed(),
                r.device()));
        text.append(String.format("time         %.2f s", k.seconds()));
        notes.forEach(n -> text.append(System.lineSeparator()).append("note: ").append(n));
        details.setText(text.toString());
        kernel.show(new KernelMatrix(r.network().shownName() + " (ONNX)", k.kernel(), r.labels(), List.of(),
                k.logDet()));
        kernel.setVisible(true);
    }
}
