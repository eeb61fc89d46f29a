package org.naswot.app.main;

import org.naswot.run.SpaceContext;
import org.naswot.service.ArchitectureSelection;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The window's left side: the pickers, Score and Cancel, what the data directory lacks (with its download or
 * import), and the stored runs.
 */
final class SettingsPane extends VBox {
    private final ExplorerViewModel vm;

    SettingsPane(ExplorerViewModel vm) {
        super(10);
        this.vm = vm;
        SettingsForm form = new SettingsForm(vm);
        StoredRunsList runs = new StoredRunsList(vm.runList, vm, form::applyRunSettings);
        getChildren().addAll(form, buttons(), problem(vm.dataChecks), dataBox(vm.dataChecks), runs.header(), runs);
        setPadding(new Insets(12));
        getStyleClass().add("settings-pane"); // its width in em, so Large fonts widen it (base.css)
    }

    /** Score (after a warning for the whole space) and Cancel; not the default button: Enter commits a field. */
    private HBox buttons() {
        Button start = new Button("Score");
        start.setOnAction(e -> {
            if (vm.sample.get() == 0 && !confirmWholeSpace()) {
                return;
            }
            vm.scoring.start();
        });
        start.disableProperty().bind(vm.running);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        // one Cancel for scoring and for a download or archive import (both report in the status line)
        cancel.setOnAction(e -> {
            vm.scoring.cancel();
            vm.dataChecks.cancelDataTask();
        });
        cancel.disableProperty().bind(vm.running.not().and(vm.dataChecks.downloading.not()));
        return new HBox(8, start, cancel);
    }

    /** What the current choice lacks in the data directory, and how to get it; hidden when nothing is missing. */
    private static Label problem(DataChecksViewModel checks) {
        Label problem = new Label();
        problem.textProperty().bind(checks.dataProblem);
        problem.setWrapText(true);
        problem.getStyleClass().add("data-problem");
        problem.visibleProperty().bind(checks.dataProblem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(300);
        return problem;
    }

    /** The built-in data notice, and the download or import the current choice can use. */
    private VBox dataBox(DataChecksViewModel checks) {
        Label notice = new Label();
        notice.textProperty().bind(checks.dataNotice);
        notice.setWrapText(true);
        notice.setMaxWidth(300);
        notice.getStyleClass().add("data-notice");
        Button download = new Button();
        download.textProperty().bind(Bindings.createStringBinding(() -> checks.downloadable.get().isEmpty() ? ""
                : "Download " + (checks.downloadable.get().equals("cifar100") ? "CIFAR-100" : "CIFAR-10") + " (170 MB)",
                checks.downloadable));
        download.setOnAction(e -> checks.download());
        download.disableProperty().bind(checks.downloading.or(vm.running));
        download.visibleProperty().bind(checks.downloadable.isNotEmpty());
        download.managedProperty().bind(download.visibleProperty());
        Button importFile = new Button();
        importFile.textProperty().bind(Bindings.concat("Import ", checks.importable, "\u2026"));
        importFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import " + checks.importable.get());
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                checks.importBenchmark(f.toPath());
            }
        });
        importFile.disableProperty().bind(checks.downloading.or(vm.running));
        importFile.visibleProperty().bind(checks.importable.isNotEmpty());
        importFile.managedProperty().bind(importFile.visibleProperty());
        // offline, the archive can be fetched by hand: the same action as File > Import data…
        Button importArchive = new Button("Import archive\u2026");
        importArchive.setOnAction(e -> ArchiveImportTask.chooseAndImport(getScene().getWindow(), checks));
        importArchive.disableProperty().bind(download.disableProperty());
        importArchive.visibleProperty().bind(download.visibleProperty());
        importArchive.managedProperty().bind(download.visibleProperty());
        VBox dataBox = new VBox(6, notice, download, importArchive, importFile);
        dataBox.visibleProperty().bind(checks.dataNotice.isNotEmpty().or(checks.downloadable.isNotEmpty())
                .or(checks.importable.isNotEmpty()));
        dataBox.managedProperty().bind(dataBox.visibleProperty());
        return dataBox;
    }

    /** The whole space can take hours: say how long first, from this session's measured rate where there is one. */
    private boolean confirmWholeSpace() {
        // what --all scores here (the opened space), and how many of those carry the chosen accuracy (review N8)
        ArchitectureSelection.WholeSpace whole;
        try {
            whole = ArchitectureSelection.wholeSpace(SpaceContext.open(vm.space.get(), vm.dataChecks.data()),
                    vm.accuracyColumn.get());
        } catch (RuntimeException e) {
            return true;
        }
        if (whole.architectures() <= 0) {
            return true;
        }
        double perCell = vm.scoring.secondsPerCellEstimate();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                String.format(Locale.ROOT, "Scoring all %,d cells of %s (%,d with an accuracy to compare) takes about "
                        + "%s here (%.2f s per cell, %s). Scores are stored as they come: Cancel keeps them and Score "
                        + "resumes. Start?", whole.architectures(), vm.space.get(), whole.withAccuracy(),
                        duration(whole.architectures() * perCell), perCell,
                        vm.scoring.secondsPerCellMeasured() ? "measured in this session, workers included"
                                : "typical on two cores"),
                ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText("Score the whole space?");
        ask.initOwner(getScene().getWindow());
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** "40 minutes", "3.2 hours", "10 days". */
    static String duration(double seconds) {
        double hours = seconds / 3600;
        return hours >= 48 ? String.format(Locale.ROOT, "%.0f days", hours / 24)
                : hours >= 1 ? String.format(Locale.ROOT, "%.1f hours", hours)
                : String.format(Locale.ROOT, "%.0f minutes", Math.max(1, hours * 60));
    }
}
