package org.naswot.figures.search;

import java.util.List;
import org.naswot.search.BestSoFar;

/**
 * The runs of one search setting (an algorithm with its budget), as the Search figures draw them: one best-so-far
 * curve per run, whose last points are the runs' final accuracies.
 *
 * @param label  what the legend and the box plot call it, e.g. "REA, 100 queries"
 * @param random whether these are random sampling's runs (the box plot's baseline)
 */
public record SearchSeries(String label, boolean random, List<BestSoFar> runs) {

    public SearchSeries {
        runs = List.copyOf(runs);
    }

    /** "1 run", "5 runs". */
    public String runCount() {
        return runs.size() + (runs.size() == 1 ? " run" : " runs");
    }

    /** Each run's final accuracy (its chosen cell's), in run order. */
    public double[] finals() {
        return runs.stream().mapToDouble(BestSoFar::finalAccuracy).toArray();
    }
}
