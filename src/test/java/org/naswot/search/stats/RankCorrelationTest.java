package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class RankCorrelationTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final double NAN = Double.NaN;

    /** tau-b straight from its definition, O(n^2): (C - D) / sqrt((n0 - tiesX)(n0 - tiesY)). */
    private static double tauBByDefinition(double[] x, double[] y) {
        long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0, pairs = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                pairs++;
                int sx = Double.compare(x[i], x[j]);
                int sy = Double.compare(y[i], y[j]);
                if (sx == 0) {
                    tiesX++;
                }
                if (sy == 0) {
                    tiesY++;
                }
                if (sx != 0 && sy != 0) {
                    if (sx == sy) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        return (concordant - discordant) / Math.sqrt((double) (pairs - tiesX) * (pairs - tiesY));
    }

    @Test
    void kendallTauBWithTiesMatchesHandCount() {
        // pairs: 3 concordant, 1 discordant, 1 tied in x only, 1 tied in y only -> 2 / sqrt(5 * 5)
        double[] x = {1, 2, 2, 3};
        double[] y = {1, 3, 2, 2};
        assertEquals(0.4, RankCorrelation.kendallTau(x, y), 1e-12);
    }

    @Test
    void kendallTauMatchesDefinitionOnRandomTiedData() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + rng.nextInt(60);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(6); // few distinct values: many ties
                y[i] = x[i] + rng.nextInt(4);
            }
            assertEquals(tauBByDefinition(x, y), RankCorrelation.kendallTau(x, y), 1e-12);
        }
    }

    @Test
    void spearmanWithoutTiesMatchesRankDifferenceFormula() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 1, 4, 3, 5};
        // 1 - 6 * sum d^2 / (n (n^2 - 1)) = 1 - 6 * 4 / 120
        assertEquals(0.8, RankCorrelation.spearmanRho(x, y), 1e-12);
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {5, 6, 7, 8, 7}; // ranks 1, 2, 3.5, 5, 3.5
        double[] rx = {1, 2, 3, 4, 5};
        double[] ry = {1, 2, 3.5, 5, 3.5};
        assertEquals(pearson(rx, ry), RankCorrelation.spearmanRho(x, y), 1e-12);
    }

    @Test
    void negativeInfinityRanksLowestAndTiesWithItself() {
        double[] scores = {NEG_INF, NEG_INF, 1, 2};
        double[] accuracies = {1, 2, 3, 4};
        // 5 concordant pairs, one pair tied in scores: 5 / sqrt(5 * 6)
        assertEquals(5 / Math.sqrt(30), RankCorrelation.kendallTau(scores, accuracies), 1e-12);

        double[] finiteStandIn = {-1e300, -1e300, 1, 2};
        assertEquals(RankCorrelation.kendallTau(finiteStandIn, accuracies),
                RankCorrelation.kendallTau(scores, accuracies), 1e-12);
        assertEquals(RankCorrelation.spearmanRho(finiteStandIn, accuracies),
                RankCorrelation.spearmanRho(scores, accuracies), 1e-12);
    }

    @Test
    void negativeZeroTiesWithZero() {
        double[] x = {-0.0, 0.0, 1};
        double[] y = {1, 2, 3};
        assertEquals(tauBByDefinition(new double[] {0, 0, 1}, y), RankCorrelation.kendallTau(x, y), 1e-12);
    }

    @Test
    void pairsWithNaNOnEitherSideAreSkipped() {
        double[] x = {1, NAN, 2, 3, 4, 5};
        double[] y = {2, 9, 1, NAN, 3, 5};
        double[] keptX = {1, 2, 4, 5};
        double[] keptY = {2, 1, 3, 5};
        assertEquals(RankCorrelation.kendallTau(keptX, keptY), RankCorrelation.kendallTau(x, y), 1e-12);
        assertEquals(RankCorrelation.spearmanRho(keptX, keptY), RankCorrelation.spearmanRho(x, y), 1e-12);
        Correlations c = Correlations.of(x, y);
        assertEquals(4, c.n());
        assertTrue(c.summaryLine().startsWith("n=4  Kendall tau="), c.summaryLine());
    }

    @Test
    void fewerThanTwoPairsGiveNaN() {
        assertTrue(Double.isNaN(RankCorrelation.kendallTau(new double[] {1, NAN}, new double[] {1, 2})));
        assertTrue(Double.isNaN(RankCorrelation.spearmanRho(new double[] {1}, new double[] {1})));
    }

    @Test
    void topKOverlapCountsSharedMembers() {
        double[] scores = {5, 4, 3, 2, 1};
        double[] accuracies = {1, 5, 4, 3, 2};
        assertEquals(0.5, RankCorrelation.topKOverlap(scores, accuracies, 2), 1e-12); // {0,1} vs {1,2}
        assertEquals(2.0 / 3, RankCorrelation.topKOverlap(scores, accuracies, 3), 1e-12); // {0,1,2} vs {1,2,3}
        assertEquals(1.0, RankCorrelation.topKOverlap(scores, accuracies, 5), 1e-12);
    }

    @Test
    void topKOverlapPutsNegativeInfinityLastAndSkipsNaN() {
        double[] scores = {NEG_INF, 3, NAN, 2, 1};
        double[] accuracies = {99, 50, 100, 40, 30};
        // complete pairs: (-inf,99) (3,50) (2,40) (1,30): top-1 by score is 3, by accuracy is 99
        assertEquals(0.0, RankCorrelation.topKOverlap(scores, accuracies, 1), 1e-12);
        assertEquals(0.5, RankCorrelation.topKOverlap(scores, accuracies, 2), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> RankCorrelation.topKOverlap(scores, accuracies, 5));
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
