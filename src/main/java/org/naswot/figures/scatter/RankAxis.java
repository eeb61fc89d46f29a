package org.naswot.figures.scatter;

import java.util.Arrays;
import java.util.Locale;

/**
 * The rank-vs-rank view of the scatter (review X5): each plotted architecture's rank by x and by y, 1 = the highest
 * value, and the axis labels that say so. Kendall's tau and Spearman's rho are rank statistics, so the title's
 * numbers are those of the value plot.
 */
public final class RankAxis {
    private RankAxis() {
    }

    /**
     * Ranks of the first {@code n} values, 1 for the highest. Ties get the average of the ranks they span (two
     * values sharing first place are both 1.5), as Spearman's rho ranks them, so equal values sit at one place.
     */
    public static double[] descendingRanks(double[] values, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            // positions i..j (0-based) share the ranks i+1..j+1: their mean
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = mean;
            }
            i = j + 1;
        }
        return rank;
    }

    /** The largest of the first {@code n} ranks (n without ties at the bottom); 1 when there are none. */
    static double max(double[] ranks, int n) {
        double m = 1;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, ranks[i]);
        }
        return m;
    }

    /** "rank by NASWOT score (1 = highest)", "rank by synflow (1 = highest)". */
    public static String label(String what) {
        return String.format(Locale.ROOT, "rank by %s (1 = highest)", what);
    }
}
