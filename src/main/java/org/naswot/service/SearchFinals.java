package org.naswot.service;

import java.util.Arrays;
import java.util.List;
import org.naswot.figures.search.SearchSeries;
import org.naswot.search.BestSoFar;
import org.naswot.search.stats.Summary;

/**
 * One row of the Search tab's summary table: a search setting's final accuracies over its runs, the numbers the box
 * plot draws. Runs whose final accuracy is unknown (NaN) are left out of every column, including {@code runs}.
 *
 * @param label      the setting, as the legend names it ("REA, 100 queries", "random, N = 100")
 * @param random     whether this is random sampling (the baseline)
 * @param runs       runs with a known final accuracy
 * @param mean       their mean final accuracy
 * @param std        sample standard deviation (n - 1); NaN for a single run
 * @param median     median final accuracy (R-7, as {@link Summary})
 * @param best       the highest final accuracy
 * @param minQueries the fewest steps (oracle queries, or cells scored for NASWOT) a run took
 * @param maxQueries the most; differs from {@code minQueries} only under a time budget
 */
public record SearchFinals(String label, boolean random, int runs, double mean, double std, double median, double best,
        int minQueries, int maxQueries) {

    /** The rows of these series that have at least one known final accuracy, in the same order. */
    public static List<SearchFinals> of(List<SearchSeries> series) {
        return series.stream().filter(s -> Arrays.stream(s.finals()).anyMatch(Double::isFinite))
                .map(SearchFinals::of).toList();
    }

    static SearchFinals of(SearchSeries s) {
        List<BestSoFar> known = s.runs().stream().filter(r -> Double.isFinite(r.finalAccuracy())).toList();
        if (known.isEmpty()) {
            throw new IllegalArgumentException(s.label() + " has no run with a known final accuracy");
        }
        Summary sum = Summary.of(known.stream().mapToDouble(BestSoFar::finalAccuracy).toArray());
        int[] steps = known.stream().mapToInt(r -> r.queries().length).toArray();
        return new SearchFinals(s.label(), s.random(), sum.n(), sum.mean(), sum.std(), sum.median(), sum.max(),
                Arrays.stream(steps).min().orElseThrow(), Arrays.stream(steps).max().orElseThrow());
    }
}
