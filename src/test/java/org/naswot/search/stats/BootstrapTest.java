package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static RandomGenerator seeded(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static double[] gaussian(int n, long seed) {
        RandomGenerator rng = seeded(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 90 + 2 * rng.nextGaussian();
        }
        return values;
    }

    @Test
    void meanIntervalContainsEstimateAndNarrowsWithSampleSize() {
        double[] small = gaussian(25, 1);
        double[] large = gaussian(2500, 2);
        ConfidenceInterval smallCi = new Bootstrap(seeded(3), 2000).mean(small, 0.95);
        ConfidenceInterval largeCi = new Bootstrap(seeded(3), 2000).mean(large, 0.95);

        assertEquals(mean(small), smallCi.estimate(), 1e-12);
        assertTrue(smallCi.contains(smallCi.estimate()));
        assertTrue(largeCi.contains(largeCi.estimate()));
        // the standard error shrinks as 1/sqrt(n): 100x the data, about a tenth of the width
        double ratio = largeCi.width() / smallCi.width();
        assertTrue(ratio > 0.05 && ratio < 0.2, "width ratio " + ratio);
        // and the width is close to the normal-theory 2 * 1.96 * sd / sqrt(n)
        assertEquals(2 * 1.96 * 2 / Math.sqrt(2500), largeCi.width(), 0.2 * largeCi.width());
    }

    @Test
    void higherLevelGivesWiderInterval() {
        double[] values = gaussian(100, 4);
        ConfidenceInterval ci90 = new Bootstrap(seeded(5), 3000).mean(values, 0.90);
        ConfidenceInterval ci99 = new Bootstrap(seeded(5), 3000).mean(values, 0.99);
        assertTrue(ci99.low() < ci90.low() && ci99.high() > ci90.high());
    }

    @Test
    void equalSeedsGiveEqualIntervals() {
        double[] values = gaussian(50, 6);
        assertEquals(new Bootstrap(seeded(9), 500).mean(values, 0.95),
                new Bootstrap(seeded(9), 500).mean(values, 0.95));
    }

    @Test
    void constantSampleGivesDegenerateInterval() {
        ConfidenceInterval ci = new Bootstrap(seeded(1), 200).mean(new double[] {3, 3, 3, 3}, 0.95);
        assertEquals(new ConfidenceInterval(3, 3, 3, 0.95), ci);
    }

    @Test
    void kendallIntervalResamplesPairsAndSkipsNaN() {
        RandomGenerator data = seeded(11);
        int n = 300;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i < n; i++) {
            x[i] = data.nextGaussian();
            y[i] = x[i] + data.nextGaussian(); // true tau = 2/pi * asin(1/sqrt 2) = 0.5
        }
        x[n] = Double.NaN;
        y[n] = 0;
        ConfidenceInterval ci = new Bootstrap(seeded(12), 1000).kendallTau(x, y, 0.95);
        assertEquals(RankCorrelation.kendallTau(x, y), ci.estimate(), 1e-12);
        assertTrue(ci.contains(ci.estimate()));
        assertTrue(ci.contains(0.5), ci.toString());
        assertTrue(ci.width() < 0.2, ci.toString());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
