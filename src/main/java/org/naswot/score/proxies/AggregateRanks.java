package org.naswot.score.proxies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks over a run's architectures as the aggregations' reference code takes them, ascending (the lowest value gets
 * the lowest rank), over the architectures with a value in every member: the others (NaN in some member) get NaN.
 */
final class AggregateRanks {
    private AggregateRanks() {
    }

    /** The architectures with a finite-or-infinite (not NaN) value in every array. */
    static boolean[] complete(List<double[]> arrays) {
        int n = sameLength(arrays);
        boolean[] ok = new boolean[n];
        Arrays.fill(ok, true);
        for (double[] a : arrays) {
            for (int i = 0; i < n; i++) {
                ok[i] &= !Double.isNaN(a[i]);
            }
        }
        return ok;
    }

    static int sameLength(List<double[]> arrays) {
        if (arrays.isEmpty()) {
            throw new IllegalArgumentException("no member values");
        }
        int n = arrays.get(0).length;
        for (double[] a : arrays) {
            if (a.length != n) {
                throw new IllegalArgumentException("member arrays of different lengths: " + n + " and " + a.length);
            }
        }
        return n;
    }

    /**
     * Ranks 1..m with ties given their mean rank (pandas' {@code rank()}, scipy's {@code rankdata}), over the
     * entries where {@code included}; NaN elsewhere.
     */
    static double[] average(double[] values, boolean[] included) {
        Integer[] order = sortedIndices(values, included);
        double[] ranks = new double[values.length];
        Arrays.fill(ranks, Double.NaN);
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
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
     * Dense ranks (ties share a rank, the next distinct value gets the next integer) starting at {@code first},
     * ordering lexicographically by the keys in turn (pandas' {@code rank(method='dense')} of tuples), over the
     * entries where {@code included}; NaN elsewhere.
     */
    static double[] dense(List<double[]> keys, boolean[] included, int first) {
        Comparator<Integer> byKeys = (a, b) -> {
            for (double[] k : keys) {
                int c = k[a] == k[b] ? 0 : Double.compare(k[a], k[b]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < included.length; i++) {
            if (included[i]) {
                order.add(i);
            }
        }
        order.sort(byKeys);
        double[] ranks = new double[included.length];
        Arrays.fill(ranks, Double.NaN);
        int rank = first;
        for (int k = 0; k < order.size(); k++) {
            if (k > 0 && byKeys.compare(order.get(k - 1), order.get(k)) != 0) {
                rank++;
            }
            ranks[order.get(k)] = rank;
        }
        return ranks;
    }

    private static Integer[] sortedIndices(double[] values, boolean[] included) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (included[i]) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> values[i]));
        return order.toArray(new Integer[0]);
    }
}
