package org.naswot.figures.scatter;

import java.util.Arrays;
import java.util.Locale;
import org.naswot.search.stats.Correlations;

/**
 * Kendall's tau and Spearman's rho between scores and accuracies as every front end computes them
 * ({@link Correlations}: NaN pairs left out, -inf scores of singular kernels kept as the lowest rank), with the number
 * of pairs used and how many of them were -inf, for the caption.
 */
public record RankCorrelations(double kendall, double spearman, int n, int singular, int positiveInfinite) {

    public static final RankCorrelations NONE = new RankCorrelations(Double.NaN, Double.NaN, 0, 0, 0);

    public static RankCorrelations of(double[] scores, double[] accuracies) {
        int m = Math.min(scores.length, accuracies.length);
        double[] x = Arrays.copyOf(scores, m);
        double[] y = Arrays.copyOf(accuracies, m);
        Correlations c = Correlations.of(x, y);
        int singular = 0;
        int positive = 0;
        for (int i = 0; i < m; i++) {
            singular += x[i] == Double.NEGATIVE_INFINITY && !Double.isNaN(y[i]) ? 1 : 0;
            positive += x[i] == Double.POSITIVE_INFINITY && !Double.isNaN(y[i]) ? 1 : 0;
        }
        if (c.n() < 3) {
            return new RankCorrelations(Double.NaN, Double.NaN, c.n(), singular, positive);
        }
        return new RankCorrelations(c.tau(), c.rho(), c.n(), singular, positive);
    }

    /**
     * "Kendall τ = 0.574 · Spearman ρ = 0.775 (n = 15,625)", with "; −∞ ranks lowest" when singular kernels are among
     * the pairs; a note while fewer than 3 points. Each statistic is joined by no-break spaces.
     */
    public String describe() {
        if (Double.isNaN(kendall)) {
            return "rank correlations need at least 3 points";
        }
        // no-break spaces: a title wraps between the statistics, never before an orphan "(n = 60)" (review M4)
        return String.format(Locale.ROOT, "Kendall\u00a0\u03c4\u00a0=\u00a0%.3f \u00b7 "
                        + "Spearman\u00a0\u03c1\u00a0=\u00a0%.3f\u00a0(n\u00a0=\u00a0%,d%s)",
                kendall, spearman, n, positiveInfinite > 0 ? "; " + Correlations.INFINITE_POLICY
                        : singular > 0 ? "; " + Correlations.SINGULAR_POLICY : "");
    }
}
