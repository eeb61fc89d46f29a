package org.naswot.app.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.stage.Window;
import org.naswot.app.export.SaveTarget;
import org.naswot.app.export.ShownRowsCsv;
import org.naswot.common.Version;
import org.naswot.service.RunComparison;

/**
 * File ▸ Export on the Runs tab: the runs table as CSV, the rows as shown (searched, filtered by sweep, sorted), one
 * column per table column, with what the statistics are as '#' lines first.
 */
public final class RunsTableExport {
    private RunsTableExport() {
    }

    /** Asks for a file and writes the shown rows; null when no run is listed or the user cancelled. */
    public static Path export(RunsView view, Window owner, SaveTarget target) throws IOException {
        RunsViewModel model = view.getModel();
        if (model.rows.isEmpty()) {
            return null;
        }
        String search = model.search.get() == null ? "" : model.search.get().strip();
        RunsViewModel.SweepChoice sweep = model.sweepFilter.get();
        String table = "runs: " + view.table().getItems().size() + " of " + model.rows.size() + " rows shown"
                + (search.isEmpty() ? "" : " (search '" + search + "')")
                + (sweep == null || sweep.sweep() == null ? "" : " (" + sweep + ")");
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("statistics", "tau and rho against each run's space's default accuracy column; 95 % "
                + "bootstrap CI (" + RunComparison.RESAMPLES + " resamples, seed 1), as naswot runs compare");
        provenance.put("software", "NASWOT Explorer " + Version.current());
        return ShownRowsCsv.save(owner, target, "runs.csv", table, provenance, () -> ShownRowsCsv.of(view.table()));
    }
}
