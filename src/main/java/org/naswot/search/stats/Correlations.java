package org.naswot.search.stats;

import java.util.Locale;

/** Rank agreement between scores and accuracies over {@code n} complete pairs, for a one-line summary. */
public record Correlations(int n, double tau, double rho) {

    /** Computes both coefficients over the pairs where neither value is NaN. */
    public static Correlations of(double[] scores, double[] accuracies) {
        CompletePairs pairs = CompletePairs.of(scores, accuracies);
        return new Correlations(pairs.size(), RankCorrelation.kendallTau(pairs), RankCorrelation.spearmanRho(pairs));
    }

    /** E.g. {@code n=15284  Kendall tau=0.574  Spearman rho=0.765}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "n=%d  Kendall tau=%.3f  Spearman rho=%.3f", n, tau, rho);
    }
}
