package org.naswot.app.explore;

import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * Kendall's tau and Spearman's rho between scores and accuracies (Hipparchus), over the pairs where both
 * are finite; -inf scores (singular kernels) and NaN are skipped, and the number of pairs used is
 * reported with the values.
 */
public record RankCorrelations(double kendall, double spearman, int n) {

    public static final RankCorrelations NONE = new RankCorrelations(Double.NaN, Double.NaN, 0);

    public static RankCorrelations of(double[] scores, double[] accuracies) {
        int m = Math.min(scores.length, accuracies.length);
        double[] x = new double[m];
        double[] y = new double[m];
        int n = 0;
        for (int i = 0; i < m; i++) {
            if (Double.isFinite(scores[i]) && Double.isFinite(accuracies[i])) {
                x[n] = scores[i];
                y[n] = accuracies[i];
                n++;
            }
        }
        if (n < 3) {
            return new RankCorrelations(Double.NaN, Double.NaN, n);
        }
        if (n < m) {
            x = java.util.Arrays.copyOf(x, n);
            y = java.util.Arrays.copyOf(y, n);
        }
        double tau = new KendallsCorrelation().correlation(x, y);
        double rho = new SpearmansCorrelation().correlation(x, y);
        return new RankCorrelations(tau, rho, n);
    }

    /** "Kendall τ = 0.574 · Spearman ρ = 0.775 (n = 15,625)", or a note while fewer than 3 points. */
    public String describe() {
        if (Double.isNaN(kendall)) {
            return "rank correlations need at least 3 points";
        }
        return String.format(java.util.Locale.ROOT, "Kendall \u03c4 = %.3f \u00b7 Spearman \u03c1 = %.3f (n = %,d)",
                kendall, spearman, n);
    }
}
