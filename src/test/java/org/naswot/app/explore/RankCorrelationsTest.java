package org.naswot.app.explore;

import org.naswot.figures.scatter.RankCorrelations;
import org.naswot.figures.scatter.ScatterData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;
import org.naswot.app.SyntheticData;
import org.naswot.figures.model.ScorePoint;

class RankCorrelationsTest {

    @Test
    void titleShowsTheValuesEveryFrontEndComputesWithSingularKernelsRankedLowest() {
        List<ScorePoint> points = SyntheticData.nb201Scatter(3, "");
        ScoreScatterModel model = new ScoreScatterModel();
        model.appendAll(points);
        model.refreshStatistics();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (ScorePoint p : points) {
            if (!Double.isNaN(p.score()) && !Double.isNaN(p.accuracy())) {
                xs.add(p.score());
                ys.add(p.accuracy());
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double tau = new KendallsCorrelation().correlation(x, y);
        double rho = new SpearmansCorrelation().correlation(x, y);
        RankCorrelations c = model.getCorrelations();
        assertEquals(tau, c.kendall(), 1e-12);
        assertEquals(rho, c.spearman(), 1e-12);
        assertEquals(x.length, c.n());
        assertTrue(xs.contains(Double.NEGATIVE_INFINITY), "the synthetic data has -inf scores, kept as the lowest rank");
        org.naswot.search.stats.Correlations cli = org.naswot.search.stats.Correlations.of(x, y);
        assertEquals(cli.tau(), c.kendall(), 0.0, "the command line's tau, to the last bit");
        assertEquals(cli.rho(), c.spearman(), 0.0);
        assertTrue(model.getTitle().contains("\u2212\u221e ranks lowest"), model.getTitle());
        // the statistics are joined by non-breaking spaces (a wrapped title keeps each with its value)
        String title = model.getTitle().replace('\u00a0', ' ');
        assertTrue(title.contains(String.format(Locale.ROOT, "\u03c4 = %.3f", tau)), title);
        assertTrue(title.contains(String.format(Locale.ROOT, "\u03c1 = %.3f", rho)), title);
        int inf = (int) points.stream().filter(p -> p.score() == Double.NEGATIVE_INFINITY).count();
        assertTrue(model.getSubtitle().contains(String.format(Locale.ROOT, "%,d with singular K", inf)), model.getSubtitle());
    }

    @Test
    void nanPairsAreLeftOutAndSingularKernelsRankLowest() {
        double[] s = {1, 2, Double.NEGATIVE_INFINITY, 3, Double.NaN, 4};
        double[] a = {10, 20, 5, 30, 5, Double.NaN};
        RankCorrelations c = RankCorrelations.of(s, a);
        assertEquals(4, c.n());
        assertEquals(1, c.singular());
        assertEquals(1.0, c.kendall(), 1e-12, "-inf with the lowest accuracy: perfect agreement");
        assertEquals(org.naswot.search.stats.Correlations.of(s, a).tau(), c.kendall(), 0.0);
        assertTrue(Double.isNaN(RankCorrelations.of(new double[] {1, 2}, new double[] {1, 2}).kendall()));
    }

    @Test
    void statisticsAreOnlyRecomputedWhenDirty() {
        ScoreScatterModel model = new ScoreScatterModel();
        model.appendAll(List.of(new ScorePoint(0, "a", 1, 1, 1), new ScorePoint(1, "b", 2, 2, 1),
                new ScorePoint(2, "c", 3, 3, 1)));
        assertTrue(model.refreshStatisticsIfDirty());
        assertTrue(!model.refreshStatisticsIfDirty());
        model.enqueue(new ScorePoint(3, "d", 4, 0, 1));
        assertEquals(1, model.drainQueue());
        assertTrue(model.refreshStatisticsIfDirty());
        assertEquals(4, model.getCorrelations().n());
    }

    @Test
    void severalGroupsGetTheirOwnCorrelationsInTheTitle() {
        ScoreScatterModel model = new ScoreScatterModel();
        // each group perfectly ordered, but on different score scales: pooled tau would be far below 1
        for (int i = 0; i < 10; i++) {
            model.append(new ScorePoint(i, "a", 100 + i, 50 + i, 1, "A"));
            model.append(new ScorePoint(i, "a", i, 60 + i, 1, "B"));
        }
        model.refreshStatistics();
        assertEquals(1.0, model.groupCorrelations().get("A").kendall(), 1e-12);
        assertEquals(1.0, model.groupCorrelations().get("B").kendall(), 1e-12);
        assertTrue(model.getCorrelations().kendall() < 0.9);
        // the statistics hold together with no-break spaces, so a wrapped title never splits "tau =" from its value
        String title = model.getTitle().replace('\u00a0', ' ');
        assertTrue(title.contains("A \u03c4 = 1.000"), title);
        assertTrue(title.contains("B \u03c4 = 1.000"), title);
        assertTrue(model.getTitle().contains("\u03c4\u00a0=\u00a01.000"), model.getTitle());
    }

    @Test
    void topKIsTheHighestScoresBestFirst() {
        ScatterData d = new ScatterData();
        double[] scores = {5, 1, 9, Double.NEGATIVE_INFINITY, 7, 3};
        for (int i = 0; i < scores.length; i++) {
            d.append(new ScorePoint(i, "a" + i, scores[i], 50, 100));
        }
        int[] top = d.topK(3);
        assertEquals(List.of(9.0, 7.0, 5.0), java.util.Arrays.stream(top).mapToObj(d::x).toList());
        assertEquals(1, d.negativeInfiniteCount());
        assertEquals(5, d.plottedCount());
    }
}
