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

    /**
     * AZ-NAS's non-linear rank aggregation over any members: the sum over members of log(rank / m), ranks ascending
     * (ties at their mean rank, -inf lowest) over the m architectures with a value in every member; the others get
     * NaN. Unlike the mean of ranks, a low rank in one member weighs more than a high rank in another: an
     * architecture must be good by every member.
     */
    public static double[] logRankSum(List<double[]> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a rank ensemble needs at least one member");
        }
        int n = members.get(0).length;
        boolean[] complete = new boolean[n];
        Arrays.fill(complete, true);
        for (double[] values : members) {
            if (values.length != n) {
                throw new IllegalArgumentException("ensemble members cover " + n + " and " + values.length
                        + " architectures");
            }
            for (int i = 0; i < n; i++) {
                complete[i] &= !Double.isNaN(values[i]);
            }
        }
        int m = 0;
        for (boolean c : complete) {
            m += c ? 1 : 0;
        }
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (m == 0) {
            return out;
        }
        double[] sum = new double[m];
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE);
        for (double[] values : members) {
            double[] kept = new double[m];
            for (int i = 0, j = 0; i < n; i++) {
                if (complete[i]) {
                    kept[j++] = values[i];
                }
            }
            double[] ranks = ranking.rank(kept);
            for (int j = 0; j < m; j++) {
                sum[j] += Math.log(ranks[j] / m);
            }
        }
        for (int i = 0, j = 0; i < n; i++) {
            if (complete[i]) {
                out[i] = sum[j++];
            }
        }
        return out;
    }

    /** Convenience for tests and callers with arrays. */
    public static double[] of(double[]... members) {
        return of(Arrays.asList(members));
    }
}
