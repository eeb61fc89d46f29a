package org.naswot.search.stats;

import java.util.List;

/**
 * The proxies of one run compared: their rank correlations with each other, and how well each ranks the accuracy.
 *
 * @param matrix     proxy-by-proxy rank correlations
 * @param qualities  one row per proxy, in the table's order
 * @param bestOfN    the draws behind each row's best-of-N
 * @param oracle     best-of-N of the accuracy itself: the most a proxy can reach
 * @param incomplete proxies with architectures lacking a stored value (their rows cover fewer architectures)
 * @param architectures how many architectures the run has
 */
public record ProxyComparison(CorrelationMatrix matrix, List<ProxyQuality> qualities, BestOfN bestOfN, double oracle,
                              List<String> incomplete, int architectures) {

    /** Draws averaged for best-of-N. */
    public static final int DRAWS = 100;
    /** The best-of-N a comparison shows unless asked for another. */
    public static final int DEFAULT_BEST_OF = 100;
    /** Seed of the best-of-N draws: the same candidates on every redraw and for every proxy. */
    public static final long SEED = 1;

    /**
     * Compares every proxy column (by name, in order) with each other and with {@code accuracy}, with {@link #DRAWS}
     * seeded best-of-{@code n} draws.
     */
    public static ProxyComparison of(java.util.Map<String, double[]> columns, double[] accuracy,
                                     List<String> incomplete, RankMethod method, int n) {
        BestOfN draws = new BestOfN(n, DRAWS, SEED);
        return new ProxyComparison(CorrelationMatrix.of(columns, method), ProxyQuality.of(columns, accuracy, draws),
                draws, draws.meanAccuracy(accuracy, accuracy), incomplete, accuracy.length);
    }

    /** One line on how the numbers were made, for captions and tooltips. */
    public String method() {
        return String.format(java.util.Locale.ROOT, "%s between proxies over the architectures where both are known "
                + "(NaN left out, \u00b1\u221e ranked at the ends); precision: share of a proxy's top %.0f%% also in the "
                + "accuracy's top %.0f%%; best-of-%d: mean accuracy of the proxy's pick among %d architectures drawn "
                + "at random, over %d draws (seed %d; best possible %.2f); nDCG@%d as VKDNW defines it; \u03c4 params "
                + "and \u03c4 FLOPs: Kendall's tau with size%s", matrix.method().label(),
                ProxyQuality.TOP_FRACTION * 100, ProxyQuality.TOP_FRACTION * 100, bestOfN.n(), bestOfN.n(),
                bestOfN.draws(), bestOfN.seed(), oracle, Ndcg.CUTOFF, bestOfN.n() >= architectures
                        ? String.format(java.util.Locale.ROOT, "; the run has only %,d architectures, so every draw "
                        + "is all of them", architectures) : "");
    }
}
