package org.naswot.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.naswot.app.theme.NamedConverter;
import org.naswot.common.UserFacingException;
import org.naswot.service.RunHistory;
import org.naswot.service.RunReport;
import org.naswot.store.RunInfo;

/**
 * File ▸ Export all… (issue 29 §4): the report of the shown run (or the runs shown together) (every figure, their
 * CSVs with Python scripts, the page) into a folder the user names, written off the FX thread by the same service as
 * {@code naswot report}. Its dialog asks for the page's format, HTML or Markdown as {@code naswot report --format}
 * offers, and remembers the answer with the export dialog's.
 */
public final class ExportAll {
    /** The report format last chosen (kept in the preferences with the export dialog's answers). */
    private static volatile RunReport.Format format = RunReport.Format.HTML;

    private ExportAll() {
    }

    /**
     * Asks for the report's format and folder and writes it in the background; {@code said} receives what happened
     * (written, or why nothing was). Returns the running task, or null when nothing was started.
     */
    public static Task<RunReport.Written> start(Window owner, List<RunInfo> runs, RunHistory history,
                                                SaveTarget target, Consumer<String> said) {
        if (runs.isEmpty()) {
            said.accept("Nothing to export yet: show a stored run (the run list or the Runs tab) first.");
            return null;
        }
        List<Long> ids = runs.stream().map(RunInfo::id).toList();
        String named = (ids.size() == 1 ? "run " : "runs ") + String.join(", ", ids.stream().map(String::valueOf)
                .toList());
        Optional<RunReport.Format> chosen = askFormat(owner, named);
        if (chosen.isEmpty()) {
            return null;
        }
        RunReport.Format f = chosen.get();
        Path folder = target.choose(owner, "naswot-report-run" + String.join("-", ids.stream().map(String::valueOf)
                .toList()), "");
        if (folder == null) {
            return null;
        }
        Task<RunReport.Written> task = new Task<>() {
            @Override
            protected RunReport.Written call() {
                return new RunReport(history).write(ids, folder, f, n -> { });
            }
        };
        said.accept("Writing the report of " + named + " to " + folder.toAbsolutePath() + "\u2026");
        task.setOnSucceeded(e -> said.accept("Saved the report of " + named + " (" + f.page() + ", "
                + task.getValue().files().size() + " files) to " + task.getValue().folder() + "."));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String why = t instanceof UserFacingException ? t.getMessage() : String.valueOf(t);
            said.accept("Export all failed: " + why);
            new Alert(Alert.AlertType.ERROR, "Export all failed: " + why).show();
        });
        Thread worker = new Thread(task, "export-all");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    /** The dialog: the page's format, offered as last chosen; empty when cancelled. */
    private static Optional<RunReport.Format> askFormat(Window owner, String named) {
        Dialog<RunReport.Format> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export all");
        d.setHeaderText("Export the report of " + named);
        ChoiceBox<RunReport.Format> page = new ChoiceBox<>();
        page.getItems().setAll(RunReport.Format.values());
        page.setConverter(NamedConverter.of(ExportAll::describe));
        page.setValue(format);
        page.getStyleClass().add("report-format");
        Label what = new Label("Every figure (PNG, SVG, PDF), the data behind each (CSV with a Python script) and a "
                + "page linking them, in a new folder named next. Markdown is what naswot report --format md writes.");
        what.setWrapText(true);
        what.setMaxWidth(380);
        what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Page"), page);
        grid.add(what, 0, 1, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            format = page.getValue();
            ExportDialog.remembered();
            return page.getValue();
        });
        return d.showAndWait();
    }

    static String describe(RunReport.Format f) {
        return f == RunReport.Format.MD ? "Markdown (" + f.page() + ")" : "HTML (" + f.page() + ")";
    }

    /** The report format the dialog offers: the last chosen. */
    public static RunReport.Format format() {
        return format;
    }

    /** Restores a remembered format by name ("HTML", "MD"); anything else keeps the current one. */
    static void restoreFormat(String name) {
        for (RunReport.Format f : RunReport.Format.values()) {
            if (f.name().equals(name)) {
                format = f;
            }
        }
    }
}
