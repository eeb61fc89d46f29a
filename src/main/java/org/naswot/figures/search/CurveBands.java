package org.naswot.figures.search;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.naswot.search.BestSoFar;

/**
 * The mean and the interquartile band of several runs' best-so-far curves on a common x grid (every x where some run
 * took a step; at most {@value #MAX_POINTS} evenly spaced ones), from the first x at which every run has taken a step:
 * each point then counts every run (a run keeps its last value after its end), so the mean of rising curves rises too.
 * Quartiles interpolate linearly, as numpy's default.
 */
public record CurveBands(double[] x, double[] mean, double[] lower, double[] upper) {
    static final int MAX_POINTS = 400;

    /** The x axis of a Search curve. */
    public enum Axis {
        QUERIES, SECONDS;

        double[] of(BestSoFar c) {
            return this == QUERIES ? c.queries() : c.seconds();
        }
    }

    public static CurveBands of(List<BestSoFar> runs, Axis axis) {
        double[] grid = grid(runs, axis);
        int n = grid.length;
        double[] mean = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int g = 0; g < n; g++) {
            double[] ys = valuesAt(runs, axis, grid[g]);
            Arrays.sort(ys);
            mean[g] = ys.length == 0 ? Double.NaN : Arrays.stream(ys).average().orElse(Double.NaN);
            lower[g] = quantile(ys, 0.25);
            upper[g] = quantile(ys, 0.75);
        }
        return new CurveBands(grid, mean, lower, upper);
    }

    private static double[] grid(List<BestSoFar> runs, Axis axis) {
        TreeSet<Double> all = new TreeSet<>();
        runs.forEach(r -> Arrays.stream(axis.of(r)).filter(Double::isFinite).forEach(all::add));
        double start = runs.stream().mapToDouble(r -> axis.of(r)[0]).max().orElse(0);
        java.util.NavigableSet<Double> xs = all.tailSet(start, true);
        if (xs.size() <= MAX_POINTS) {
            return xs.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double lo = xs.first();
        double hi = xs.last();
        double[] out = new double[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            out[i] = lo + (hi - lo) * i / (MAX_POINTS - 1);
        }
        return out;
    }

    /** Each started run's finite value at x: its last step at or before x. */
    private static double[] valuesAt(List<BestSoFar> runs, Axis axis, double x) {
        return runs.stream().mapToDouble(r -> {
            double[] xs = axis.of(r);
            int i = Arrays.binarySearch(xs, x);
            int last = i >= 0 ? lastEqual(xs, i) : -i - 2;
            return last < 0 ? Double.NaN : r.accuracy()[last];
        }).filter(Double::isFinite).toArray();
    }

    private static int lastEqual(double[] xs, int i) {
        while (i + 1 < xs.length && xs[i + 1] == xs[i]) {
            i++;
        }
        return i;
    }

    /** numpy's default (linear) quantile of sorted values; NaN for none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
