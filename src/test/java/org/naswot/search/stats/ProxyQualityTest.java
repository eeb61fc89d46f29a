package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProxyQualityTest {
    private static final BestOfN TEN_OF = new BestOfN(10, 100, 7);

    private static double[] accuracies(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 50 + 45 * r.nextDouble();
        }
        return a;
    }

    @Test
    void theAccuracyItselfIsAPerfectProxy() {
        double[] acc = accuracies(200, 1);
        ProxyQuality q = ProxyQuality.of("oracle", acc.clone(), acc, TEN_OF);
        assertEquals(1, q.kendall(), 1e-12);
        assertEquals(1, q.spearman(), 1e-12);
        assertEquals(1, q.topPrecision(), 1e-12);
        assertEquals(200, q.n());
    }

    @Test
    void aReversedProxyHasTauMinusOneAndNoTopArchitecture() {
        double[] acc = accuracies(200, 2);
        double[] reversed = new double[acc.length];
        for (int i = 0; i < acc.length; i++) {
            reversed[i] = -acc[i];
        }
        ProxyQuality q = ProxyQuality.of("reversed", reversed, acc, TEN_OF);
        assertEquals(-1, q.kendall(), 1e-12);
        assertEquals(-1, q.spearman(), 1e-12);
        assertEquals(0, q.topPrecision(), 1e-12);
    }

    /** With the accuracy as the measure, best-of-N is the mean of each draw's maximum, here recomputed by hand. */
    @Test
    void bestOfNOfTheAccuracyIsTheMeanOfEachDrawsMaximum() {
        double[] acc = accuracies(50, 3);
        int n = 5;
        int draws = 40;
        long seed = 11;
        // the same partial Fisher-Yates draws, made independently here
        int[] pool = new int[acc.length];
        java.util.Arrays.setAll(pool, i -> i);
        SplittableRandom r = new SplittableRandom(seed);
        double sum = 0;
        for (int d = 0; d < draws; d++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int j = i + r.nextInt(pool.length - i);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
                max = Math.max(max, acc[pool[i]]);
            }
            sum += max;
        }
        assertEquals(sum / draws, new BestOfN(n, draws, seed).meanAccuracy(acc, acc), 1e-12);
    }

    @Test
    void bestOfNOrdersProxiesAndIsBoundedByTheDrawsMaxima() {
        double[] acc = accuracies(300, 4);
        double[] reversed = java.util.Arrays.stream(acc).map(a -> -a).toArray();
        double best = TEN_OF.meanAccuracy(acc, acc);
        double worst = TEN_OF.meanAccuracy(reversed, acc);
        double noisy = TEN_OF.meanAccuracy(java.util.Arrays.stream(acc).map(a -> a + 10 * Math.sin(a * 7)).toArray(),
                acc);
        assertTrue(worst < noisy && noisy <= best, worst + " < " + noisy + " <= " + best);
        // N covering every architecture: the proxy's single pick, every time
        assertEquals(java.util.Arrays.stream(acc).max().orElseThrow(), new BestOfN(1000, 3, 1).meanAccuracy(acc, acc));
    }

    /** A constant proxy ties everywhere: each draw counts its mean accuracy, so N = all gives the overall mean. */
    @Test
    void tiedTopValuesCountWithTheirMeanAccuracy() {
        double[] acc = {10, 20, 30, 40};
        double[] constant = {1, 1, 1, 1};
        assertEquals(25, new BestOfN(4, 5, 1).meanAccuracy(constant, acc), 1e-12);
        double[] twoTop = {5, 9, 9, Double.NEGATIVE_INFINITY};
        assertEquals(25, new BestOfN(4, 1, 1).meanAccuracy(twoTop, acc), 1e-12);
    }

    @Test
    void nanValuesArePassedOverAndUnknownAccuraciesNeverDrawn() {
        double[] acc = {10, Double.NaN, 30, 40};
        double[] measure = {1, 100, Double.NaN, 2};
        // #1 has the highest measure but no accuracy; #2 cannot be ranked: #3 (40) wins
        assertEquals(40, new BestOfN(4, 1, 1).meanAccuracy(measure, acc), 1e-12);
        double[] allNaN = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        assertTrue(Double.isNaN(new BestOfN(4, 3, 1).meanAccuracy(allNaN, acc)));
        ProxyQuality q = ProxyQuality.of("p", measure, acc, new BestOfN(4, 1, 1));
        assertEquals(2, q.n(), "two architectures have both values");
    }

    /** Hand-computed: 10 architectures, the top 10% is one; the proxy's best is the accuracy's best. */
    @Test
    void precisionAtTheTopByHand() {
        double[] acc = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] proxy = {10, 9, 8, 7, 6, 5, 4, 3, 2, 11};
        assertEquals(1, ProxyQuality.of("p", proxy, acc, TEN_OF).topPrecision(), 1e-12);
        double[] miss = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertEquals(0, ProxyQuality.of("p", miss, acc, TEN_OF).topPrecision(), 1e-12);
        // 20 architectures: the top two; the proxy's top two hold one of the accuracy's
        double[] acc20 = new double[20];
        double[] proxy20 = new double[20];
        for (int i = 0; i < 20; i++) {
            acc20[i] = i;
            proxy20[i] = i;
        }
        proxy20[18] = -1;
        assertEquals(0.5, ProxyQuality.of("p", proxy20, acc20, TEN_OF).topPrecision(), 1e-12);
        assertEquals(1, ProxyQuality.topCount(3));
        assertEquals(2, ProxyQuality.topCount(15));
    }

    /** Hand-computed Kendall tau-b with a tie: x = (1, 2, 2, 3), y = (1, 3, 2, 4). */
    @Test
    void kendallWithTiesByHand() {
        double[] x = {1, 2, 2, 3};
        double[] y = {1, 3, 2, 4};
        // 5 concordant, 0 discordant, 1 pair tied in x only: tau-b = 5 / sqrt(5 * 6)
        assertEquals(5 / Math.sqrt(30), ProxyQuality.of("x", x, y, TEN_OF).kendall(), 1e-12);
    }

    @Test
    void matrixIsSymmetricWithUnitDiagonalAndPairwiseCounts() {
        double[] acc = accuracies(30, 5);
        double[] withGaps = acc.clone();
        withGaps[3] = Double.NaN;
        withGaps[4] = Double.NEGATIVE_INFINITY;
        double[] reversed = java.util.Arrays.stream(acc).map(a -> -a).toArray();
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("acc", acc);
        columns.put("gaps", withGaps);
        columns.put("reversed", reversed);
        for (RankMethod method : RankMethod.values()) {
            CorrelationMatrix m = CorrelationMatrix.of(columns, method);
            assertEquals(java.util.List.of("acc", "gaps", "reversed"), m.names());
            for (int i = 0; i < 3; i++) {
                assertEquals(1, m.value(i, i), 1e-12);
                for (int j = 0; j < 3; j++) {
                    assertEquals(m.value(i, j), m.value(j, i), 0);
                }
            }
            assertEquals(-1, m.value(0, 2), 1e-12);
            assertEquals(29, m.pairs()[0][1], "the NaN is left out of the cells with gaps only");
            assertEquals(30, m.pairs()[0][2]);
            assertTrue(m.value(0, 1) < 1, "-inf ranks lowest, below its true place");
        }
    }

    @Test
    void aConstantMeasureCorrelatesAsNaN() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("a", new double[] {1, 2, 3});
        columns.put("flat", new double[] {4, 4, 4});
        CorrelationMatrix m = CorrelationMatrix.of(columns, RankMethod.SPEARMAN);
        assertTrue(Double.isNaN(m.value(0, 1)));
        assertTrue(Double.isNaN(m.value(1, 1)));
    }

    @Test
    void methodNamesParse() {
        assertEquals(RankMethod.KENDALL, RankMethod.parse("Kendall"));
        assertEquals(RankMethod.SPEARMAN, RankMethod.parse(" spearman"));
        assertThrows(IllegalArgumentException.class, () -> RankMethod.parse("pearson"));
        assertThrows(IllegalArgumentException.class, () -> new BestOfN(0, 1, 1));
    }
}
