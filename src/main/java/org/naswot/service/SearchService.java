package org.naswot.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchRunInfo;

/** Searches over a space, stored as they run, and the searches stored before: what the window's Search tab does. */
public final class SearchService {
    private final Path db;

    public SearchService(Path db) {
        this.db = db;
    }

    /**
     * Runs {@code settings.runs()} searches, storing each; {@code listener} sees each run's result with the experiment
     * (to look up more accuracies of its cells).
     */
    public List<SearchExperiment.RunResult> run(SearchExperiment.Settings settings, SpaceContext context,
                                                BiConsumer<SearchExperiment, SearchExperiment.RunResult> listener,
                                                BooleanSupplier cancelled, Consumer<String> notes) {
        try (ResultStore store = ResultStore.open(db)) {
            SearchExperiment e = new SearchExperiment(settings, context, store);
            return e.execute(r -> listener.accept(e, r), cancelled, notes);
        }
    }

    /** The stored searches of one algorithm on a space and dataset; none before the database exists. */
    public List<SearchRunInfo> past(SearchAlgorithm algorithm, String space, String dataset) {
        if (!Files.isRegularFile(db)) {
            return List.of();
        }
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            return store.searches(algorithm, space, dataset);
        }
    }
}
