package org.naswot.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.figures.search.SearchSeries;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.search.BestSoFar;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchCandidate;
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

    /**
     * The finished stored searches of a space and dataset as the Search figures draw them: grouped by setting, each
     * run's best-so-far curve of {@code column}'s accuracy; none before the database exists.
     */
    public StoredSearches storedSeries(SpaceContext context, String dataset, String column) {
        if (!Files.isRegularFile(db)) {
            return new StoredSearches(List.of(), null);
        }
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            List<SearchRunInfo> runs = store.searches(null, context.id(), dataset);
            Map<Long, BestSoFar> curves = new HashMap<>();
            for (SearchRunInfo r : runs) {
                List<SearchCandidate> candidates = r.outcome() == null ? List.of() : store.candidates(r.id());
                if (!candidates.isEmpty()) {
                    curves.put(r.id(), SearchCurves.of(r, candidates, context, column));
                }
            }
            List<SearchSeries> series = SearchCurves.group(runs, curves);
            SearchRunInfo first = runs.stream().filter(r -> curves.containsKey(r.id())).findFirst().orElse(null);
            return new StoredSearches(series, first == null ? null
                    : StoredSearches.provenance(first, dataset, series, column));
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
