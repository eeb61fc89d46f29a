package org.naswot.search.stats;

import java.util.Arrays;

/**
 * The (x, y) pairs of two parallel arrays where neither value is NaN. Infinite values are kept: they
 * order correctly under {@link Double#compare}, which every rank statistic here relies on. Negative
 * zero is folded into positive zero because {@code Double.compare(-0.0, 0.0) != 0} would otherwise
 * split one value into two ranks.
 */
record CompletePairs(double[] x, double[] y) {

    public CompletePairs {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired arrays differ in length: " + x.length + " vs " + y.length);
        }
    }

    static CompletePairs of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired arrays differ in length: " + x.length + " vs " + y.length);
        }
        double[] keptX = new double[x.length];
        double[] keptY = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                keptX[n] = x[i] + 0.0; // -0.0 + 0.0 == +0.0
                keptY[n] = y[i] + 0.0;
                n++;
            }
        }
        return new CompletePairs(Arrays.copyOf(keptX, n), Arrays.copyOf(keptY, n));
    }

    int size() {
        return x.length;
    }
}
