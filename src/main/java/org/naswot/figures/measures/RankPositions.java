package org.naswot.figures.measures;

import java.util.Arrays;
import org.naswot.common.SortedSearch;

/**
 * Where each value ranks among a column's values, from 0 (the lowest) to 1 (the highest), ties at their mean rank:
 * the scatter matrix plots these, so a proxy spanning many orders of magnitude spreads as evenly as the accuracy.
 * NaN (no value) stays NaN; -inf ranks lowest and +inf highest, as in the rank correlations.
 */
final class RankPositions {
    private RankPositions() {
    }

    static double[] of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] out = new double[values.length];
        int n = sorted.length;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                out[i] = Double.NaN;
                continue;
            }
            int lower = SortedSearch.lowerBound(sorted, v);
            int equal = SortedSearch.upperBound(sorted, v) - lower;
            out[i] = n < 2 ? 0.5 : (lower + (equal - 1) / 2.0) / (n - 1);
        }
        return out;
    }
}
