package org.naswot.app.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import org.naswot.app.export.SaveTarget;
import org.naswot.app.linked.ArchitectureTableExport;
import org.naswot.app.runs.RunsTableExport;
import org.naswot.figures.model.Provenance;

/**
 * File ▸ Export figure… and Export data as CSV… on a table tab (issue 26): the Architectures tab writes its shown rows
 * with the selection marked, the Runs tab its shown runs; both as CSV, as the tables have no figure.
 */
final class TableTabExport {
    private TableTabExport() {
    }

    /** Exports the selected tab's table and says so; false when the selected tab holds no table. */
    static boolean exportShown(MainWindow window, Provenance provenance, SaveTarget target, Consumer<String> say) {
        Node shown = window.tabs().getSelectionModel().getSelectedItem().getContent();
        try {
            if (shown == window.runsView()) {
                Path saved = RunsTableExport.export(window.runsView(), window.getScene().getWindow(), target);
                if (saved != null) {
                    say.accept("Saved the runs table's shown rows to " + saved.toAbsolutePath() + ".");
                } else if (window.runsView().getModel().rows.isEmpty()) {
                    say.accept("Nothing to export yet: the Runs tab lists no stored run.");
                }
                return true;
            }
            if (!(shown instanceof SplitPane p) || !p.getItems().contains(window.architectureTable())) {
                return false;
            }
            Path saved = ArchitectureTableExport.export(window.architectureTable(),
                    window.linkedSelection().indices(), provenance, window.getScene().getWindow(), target);
            if (saved != null) {
                say.accept("Saved the table's shown rows to " + saved.toAbsolutePath() + ".");
            } else if (window.architectureTable().getModel().run() == null) {
                say.accept("Nothing to export yet: show a stored run to list its architectures.");
            }
        } catch (IOException e) {
            new Alert(Alert.AlertType.ERROR, "Export failed: " + e.getMessage()).showAndWait();
        }
        return true;
    }
}
