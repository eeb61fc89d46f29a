package org.naswot.score.proxies;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Ranks as scipy's {@code stats.rankdata} gives them by default: ascending from 1, ties given their mean rank. */
public final class Ranks {
    private Ranks() {
    }

    /** The ranks of {@code values} (no NaN: -inf and +inf sort as the smallest and largest). */
    public static double[] average(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && Double.compare(values[order[end + 1]], values[order[start]]) == 0) {
                end++;
            }
            double mean = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = mean;
            }
            start = end + 1;
        }
        return ranks;
    }

    /**
     * The architectures (indices into each member's array) with a value in every member: those an aggregate
     * ranks; the rest get NaN.
     */
    public static boolean[] complete(List<double[]> memberValues) {
        int n = memberValues.isEmpty() ? 0 : memberValues.get(0).length;
        boolean[] out = new boolean[n];
        Arrays.fill(out, true);
        for (double[] member : memberValues) {
            if (member.length != n) {
                throw new IllegalArgumentException("members over different architectures: " + member.length
                        + " values and " + n);
            }
            for (int i = 0; i < n; i++) {
                out[i] &= !Double.isNaN(member[i]);
            }
        }
        return out;
    }

    /** The values of the complete architectures, in order. */
    public static double[] select(double[] values, boolean[] keep) {
        int m = 0;
        for (boolean k : keep) {
            m += k ? 1 : 0;
        }
        double[] out = new double[m];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (keep[i]) {
                out[j++] = values[i];
            }
        }
        return out;
    }
}
