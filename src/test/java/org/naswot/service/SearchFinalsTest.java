package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.search.SearchSeries;
import org.naswot.search.BestSoFar;

/** The Search tab's summary rows: the final accuracies' statistics, worked by hand. */
class SearchFinalsTest {

    /** A run whose criterion is its accuracy, so its final accuracy is the best of these. */
    private static BestSoFar run(double... accuracy) {
        return BestSoFar.of(accuracy, accuracy, 1.0);
    }

    @Test
    void eachSearchGetsItsRunsMeanStdMedianBestAndQueries() {
        SearchSeries rea = new SearchSeries("REA, 3 queries", false,
                List.of(run(80, 90, 85), run(70, 88, 60), run(91, 50, 40), run(93, 92, 94)));
        SearchSeries random = new SearchSeries("random, N = 3", true, List.of(run(60, 70, 65)));
        List<SearchFinals> rows = SearchFinals.of(List.of(rea, random));

        assertEquals(2, rows.size());
        SearchFinals r = rows.get(0);
        // finals 90, 88, 91, 94: mean 90.75, sample variance (0.5625 + 7.5625 + 0.0625 + 10.5625) / 3 = 6.25
        assertEquals("REA, 3 queries", r.label());
        assertEquals(false, r.random());
        assertEquals(4, r.runs());
        assertEquals(90.75, r.mean(), 1e-12);
        assertEquals(2.5, r.std(), 1e-12);
        assertEquals(90.5, r.median(), 1e-12);
        assertEquals(94, r.best(), 0.0);
        assertEquals(3, r.minQueries());
        assertEquals(3, r.maxQueries());

        SearchFinals b = rows.get(1);
        assertEquals(true, b.random());
        assertEquals(1, b.runs());
        assertEquals(70, b.mean(), 0.0);
        assertTrue(Double.isNaN(b.std()), "one run has no sample std");
    }

    @Test
    void unknownFinalsAreLeftOutAndUnevenRunLengthsShowARange() {
        SearchSeries timed = new SearchSeries("REA, 10 seconds", false,
                List.of(run(50, 60), run(70, 40, 45, 48, 20), BestSoFar.of(new double[] {1}, new double[] {Double.NaN},
                        1.0)));
        SearchSeries unknown = new SearchSeries("random, N = 1", true,
                List.of(BestSoFar.of(new double[] {1}, new double[] {Double.NaN}, 1.0)));
        List<SearchFinals> rows = SearchFinals.of(List.of(timed, unknown));

        assertEquals(1, rows.size(), "a search with no known final accuracy has no row");
        SearchFinals r = rows.get(0);
        assertEquals(2, r.runs());
        assertEquals(65, r.mean(), 1e-12);
        assertEquals(2, r.minQueries());
        assertEquals(5, r.maxQueries());
    }
}
