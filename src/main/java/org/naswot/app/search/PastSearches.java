package org.naswot.app.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.service.ExplorerSettings;
import org.naswot.service.StoredSearches;
import org.naswot.store.SearchRunInfo;

/**
 * Reads the stored searches of the window's space and dataset off the FX thread: every setting's curves for the
 * figures, and the chosen cells of the picked setting (algorithm with its N, or budget) for the table.
 */
final class PastSearches extends Task<PastSearches.Found> {
    record Found(StoredSearches stored, List<SearchViewModel.Row> rows, String accuracyLabel, String accuracyColumn) {
    }

    private final ExplorerSettings settings;
    private final DataDirectory data;
    private final Path db;
    private final SearchRequest request;

    PastSearches(ExplorerSettings settings, DataDirectory data, Path db, SearchRequest request) {
        this.settings = settings;
        this.data = data;
        this.db = db;
        this.request = request;
    }

    @Override
    protected Found call() {
        SpaceContext ctx = SpaceContext.open(settings.space(), data);
        String column = ctx.defaultAccuracyColumn();
        StoredSearches stored = SearchTask.service(db).storedSeries(ctx, settings.dataset(), column);
        List<SearchViewModel.Row> rows = new ArrayList<>();
        for (SearchRunInfo info : SearchTask.service(db).past(request.algorithm(), ctx.id(), settings.dataset())) {
            if (info.outcome() != null && sameSetting(info)) {
                rows.add(SearchTask.row(info));
            }
        }
        return new Found(stored, rows, ctx.accuracyLabel(column), column);
    }

    private boolean sameSetting(SearchRunInfo info) {
        if (SearchRequest.takesN(request.algorithm())) {
            return info.spec().n() != null && info.spec().n() == request.n();
        }
        return info.spec().budget() != null && info.spec().budget() == request.budget()
                && request.budgetUnit().name().equalsIgnoreCase(info.spec().budgetKind());
    }

}
