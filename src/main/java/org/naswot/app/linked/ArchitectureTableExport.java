package org.naswot.app.linked;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.stage.Window;
import org.naswot.app.export.SaveTarget;
import org.naswot.app.export.ShownRowsCsv;
import org.naswot.figures.model.Provenance;
import org.naswot.service.ArchitectureTable;
import org.naswot.service.ArchitectureTableCsv;
import org.naswot.store.RunInfo;

/**
 * File ▸ Export on the Architectures tab (issue 26, N1): the table as CSV, the rows as shown (filtered and sorted),
 * each marked selected or not, with the run's provenance as '#' lines first.
 */
public final class ArchitectureTableExport {
    private ArchitectureTableExport() {
    }

    /** Asks for a file and writes the shown rows; null when there is no run listed or the user cancelled. */
    public static Path export(ArchitectureTableView view, Set<Integer> selected, Provenance provenance, Window owner,
                              SaveTarget target) throws IOException {
        RunInfo run = view.getModel().run();
        ArchitectureTable table = view.getModel().table();
        if (run == null || table.size() == 0) {
            return null;
        }
        List<Integer> rows = view.shownRows();
        String shown = String.format(Locale.ROOT, "architectures of run %d: %,d of %,d rows shown%s, %,d selected",
                run.id(), rows.size(), table.size(), view.filterText().isEmpty() ? ""
                        : " (search '" + view.filterText() + "')", selected.size());
        return ShownRowsCsv.save(owner, target, "architectures-run" + run.id() + ".csv", shown, provenance.entries(),
                () -> ArchitectureTableCsv.of(table, rows, selected));
    }
}
