package org.naswot.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.naswot.common.UserFacingException;
import org.naswot.service.RunHistory;
import org.naswot.service.RunReport;
import org.naswot.store.RunInfo;

/**
 * File ▸ Export all… (issue 29 §4): the report of the shown run (or the runs shown together) (every figure, their CSVs with Python scripts, the page)
 * into a folder the user names, written off the FX thread by the same service as {@code naswot report}.
 */
public final class ExportAll {
    private ExportAll() {
    }

    /**
     * Asks for the report's folder and writes it in the background; {@code said} receives what happened (written,
     * or why nothing was). Returns the running task, or null when nothing was started.
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
        Path folder = target.choose(owner, "naswot-report-run" + String.join("-", ids.stream().map(String::valueOf)
                .toList()), "");
        if (folder == null) {
            return null;
        }
        Task<RunReport.Written> task = new Task<>() {
            @Override
            protected RunReport.Written call() {
                return new RunReport(history).write(ids, folder, RunReport.Format.HTML, n -> { });
            }
        };
        said.accept("Writing the report of " + named + " to " + folder.toAbsolutePath() + "\u2026");
        task.setOnSucceeded(e -> said.accept("Saved the report of " + named + " (" + task.getValue().files().size()
                + " files) to " + task.getValue().folder() + "."));
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
}
