package org.naswot.app.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.figures.search.SearchSeries;
import org.naswot.search.BestSoFar;
import org.naswot.store.SearchAlgorithm;

/**
 * The searches the tab's figures show: one entry per algorithm (a new search of it replaces the old, with its
 * baseline) and one per random-sampling budget, in the order they ran.
 */
final class ShownSearches {
    private record Entry(String label, boolean random, List<BestSoFar> runs) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<SearchAlgorithm, String> baselineOf = new LinkedHashMap<>();
    /** The entries the running search has written: its first run replaces an entry of the same key. */
    private final java.util.Set<String> current = new java.util.HashSet<>();

    /** Forgets the algorithm's earlier search and its baseline (random sampling of another budget stays). */
    void startSearch(SearchAlgorithm algorithm) {
        current.clear();
        entries.remove(algorithm.dbName());
        String baseline = baselineOf.remove(algorithm);
        if (baseline != null && !baselineOf.containsValue(baseline)) {
            entries.remove(baseline);
        }
    }

    void add(SearchAlgorithm algorithm, String label, boolean baseline, BestSoFar curve) {
        boolean random = baseline || algorithm == SearchAlgorithm.RANDOM;
        // random sampling is keyed by its budget: a baseline and a random search of that budget are the same runs
        String key = random ? "random|" + label : algorithm.dbName();
        if (baseline) {
            baselineOf.put(algorithm, key);
        }
        if (current.add(key)) {
            entries.remove(key); // re-inserted last: the box plot's order is the order the searches ran
            entries.put(key, new Entry(label, random, new ArrayList<>()));
        }
        entries.get(key).runs().add(curve);
    }

    void replace(List<SearchSeries> stored) {
        entries.clear();
        current.clear();
        baselineOf.clear();
        stored.forEach(s -> entries.put(s.random() ? "random|" + s.label() : s.label(),
                new Entry(s.label(), s.random(), new ArrayList<>(s.runs()))));
    }

    List<SearchSeries> series() {
        return entries.values().stream().map(e -> new SearchSeries(e.label(), e.random(), e.runs())).toList();
    }
}
