package org.naswot.search.stats;

import java.util.SplittableRandom;

/**
 * Best-of-N: draw N architectures at random, keep the one a measure ranks highest, and report its accuracy, averaged
 * over many draws. It is what using a proxy to pick one network out of N candidates buys; with the accuracy itself as
 * the measure it is the mean of each draw's best accuracy (the most any measure can reach).
 *
 * <p>The draws are over the architectures with a known accuracy, made with a fixed seed, and are the same for every
 * measure of the same architectures, so the measures are compared on the same candidates. Within a draw, architectures
 * whose measure is NaN cannot be ranked and are passed over (a draw with none left counts no value); several
 * architectures tied for the highest value count with their mean accuracy, which is what breaking the tie at random
 * gives on average.
 */
public final class BestOfN {
    private final int n;
    private final int draws;
    private final long seed;

    /**
     * @param n     candidates per draw (all architectures when there are fewer)
     * @param draws how many draws to average over
     * @param seed  seed of the draws
     */
    public BestOfN(int n, int draws, long seed) {
        if (n < 1 || draws < 1) {
            throw new IllegalArgumentException("best-of-N needs N >= 1 and at least one draw, got N = " + n
                    + ", draws = " + draws);
        }
        this.n = n;
        this.draws = draws;
        this.seed = seed;
    }

    /** The mean accuracy of each draw's highest-ranked architecture by {@code measure}; NaN when no draw had one. */
    public double meanAccuracy(double[] measure, double[] accuracy) {
        if (measure.length != accuracy.length) {
            throw new IllegalArgumentException("paired arrays differ in length: " + measure.length + " vs "
                    + accuracy.length);
        }
        int[] pool = knownAccuracy(accuracy);
        int size = Math.min(n, pool.length);
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        int counted = 0;
        for (int d = 0; d < draws && size > 0; d++) {
            // a partial Fisher-Yates shuffle: pool[0..size) becomes a uniform random subset, whatever its order before
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(pool.length - i);
                int t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
            }
            double best = bestAccuracy(pool, size, measure, accuracy);
            if (!Double.isNaN(best)) {
                sum += best;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private static double bestAccuracy(int[] pool, int size, double[] measure, double[] accuracy) {
        double top = Double.NaN;
        double accSum = 0;
        int tied = 0;
        for (int i = 0; i < size; i++) {
            double v = measure[pool[i]];
            if (Double.isNaN(v)) {
                continue;
            }
            if (tied == 0 || v > top) {
                top = v;
                accSum = 0;
                tied = 0;
            }
            if (v == top) {
                accSum += accuracy[pool[i]];
                tied++;
            }
        }
        return tied == 0 ? Double.NaN : accSum / tied;
    }

    private static int[] knownAccuracy(double[] accuracy) {
        int count = 0;
        for (double a : accuracy) {
            count += Double.isNaN(a) ? 0 : 1;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < accuracy.length; i++) {
            if (!Double.isNaN(accuracy[i])) {
                out[k++] = i;
            }
        }
        return out;
    }

    public int n() {
        return n;
    }

    public int draws() {
        return draws;
    }

    public long seed() {
        return seed;
    }
}
