package org.naswot.search.stats;

import java.util.Locale;

/**
 * Rank agreement between scores and accuracies over {@code n} complete pairs: the one computation behind the command
 * line, the window, the figures and Spark runs. Pairs with a NaN are left out; -inf scores stay in and rank lowest
 * (tied with each other), see {@link RankCorrelation}.
 */
public record Correlations(int n, double tau, double rho) {

    /** How -inf scores (singular kernels) enter every rank correlation, as captions state it. */
    public static final String SINGULAR_POLICY = "\u2212\u221e ranks lowest";
    /** The same for values that may be infinite either way (a proxy's). */
    public static final String INFINITE_POLICY = "\u00b1\u221e rank at the ends";

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
