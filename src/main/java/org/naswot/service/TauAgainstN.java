package org.naswot.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naswot.search.stats.RankCorrelation;

/**
 * How a measure's Kendall tau against accuracy settles as a run grows: tau over the run's first n architectures, for
 * n = 10, 20, 50, 100, 200, 500, ... and the whole run. A tau that still moves at the run's size says the run is too
 * small to rank the measure; one that flattens early says more architectures add little.
 */
public final class TauAgainstN {
    private TauAgainstN() {
    }

    /**
     * One point: tau over the first {@code n} architectures.
     *
     * @param n     architectures taken (the first n rows)
     * @param pairs of them, the pairs where neither value is NaN (what tau is computed over)
     * @param tau   Kendall's tau-b over those pairs; NaN under two pairs or with a constant side
     */
    public record Point(int n, int pairs, double tau) {
    }

    /** The n on the 1-2-5 grid from 10 below {@code size}, then {@code size} itself; none under 2 architectures. */
    public static List<Integer> steps(int size) {
        List<Integer> out = new ArrayList<>();
        if (size < 2) {
            return out;
        }
        for (long decade = 10; decade < size; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (decade * m < size) {
                    out.add((int) (decade * m));
                }
            }
        }
        out.add(size);
        return out;
    }

    /** Tau of {@code scores} against {@code accuracy} (same order, same length) over growing prefixes. */
    public static List<Point> of(double[] scores, double[] accuracy) {
        if (scores.length != accuracy.length) {
            throw new IllegalArgumentException("one accuracy per score needed, got " + scores.length + " and "
                    + accuracy.length);
        }
        List<Point> out = new ArrayList<>();
        for (int n : steps(scores.length)) {
            double[] s = Arrays.copyOf(scores, n);
            double[] a = Arrays.copyOf(accuracy, n);
            int pairs = (int) java.util.stream.IntStream.range(0, n)
                    .filter(i -> !Double.isNaN(s[i]) && !Double.isNaN(a[i])).count();
            out.add(new Point(n, pairs, RankCorrelation.kendallTau(s, a)));
        }
        return out;
    }
}
