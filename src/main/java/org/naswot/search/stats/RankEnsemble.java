package org.naswot.search.stats;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;

/**
 * A rank ensemble of training-free proxies: each member's values become ranks over the same architectures (ties share
 * their average rank, -inf ranks lowest), and an architecture's ensemble value is the mean of its ranks. An
 * architecture where any member is NaN gets NaN, so it drops out of correlations like a missing value.
 */
public final class RankEnsemble {
    private RankEnsemble() {
    }

    /** @param members each member's values, all over the same architectures in the same order */
    public static double[] of(List<double[]> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a rank ensemble needs at least one member");
        }
        int n = members.get(0).length;
        double[] sum = new double[n];
        boolean[] missing = new boolean[n];
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
        for (double[] values : members) {
            if (values.length != n) {
                throw new IllegalArgumentException("ensemble members cover " + n + " and " + values.length
                        + " architectures");
            }
            double[] ranks = ranking.rank(values);
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(values[i])) {
                    missing[i] = true;
                } else {
                    sum[i] += ranks[i];
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = missing[i] ? Double.NaN : sum[i] / members.size();
        }
        return out;
    }

    /** Convenience for tests and callers with arrays. */
    public static double[] of(double[]... members) {
        return of(Arrays.asList(members));
    }
}
