package org.naswot.search.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How well one measure (a zero-cost proxy, or the NASWOT score) ranks architectures by their accuracy.
 *
 * @param name         the measure
 * @param kendall      Kendall's tau-b against the accuracy
 * @param spearman     Spearman's rho against the accuracy
 * @param topPrecision of the measure's top {@code topFraction} architectures, the share also in the accuracy's top
 *                     {@code topFraction} (ties at the cut broken by position); NaN without pairs
 * @param bestOfN      {@link BestOfN#meanAccuracy}
 * @param n            the architectures used: both the measure and the accuracy known (not NaN)
 * @param ndcg         {@link Ndcg}: nDCG@1000 as VKDNW defines it (accuracy in percent)
 * @param tauParams    Kendall's tau-b of the measure with the parameter count (its bias towards size); NaN when the
 *                     run has no {@link #PARAMS} column
 * @param tauFlops     the same with {@link #FLOPS}
 */
public record ProxyQuality(String name, double kendall, double spearman, double topPrecision, double bestOfN, int n,
                           double ndcg, double tauParams, double tauFlops) {

    /** The share of architectures that precision at the top counts: the top 10%. */
    public static final double TOP_FRACTION = 0.10;
    /** The measures a proxy's size bias is measured against, when the run has them. */
    public static final String PARAMS = "params";
    public static final String FLOPS = "flops";

    /**
     * One row per measure, in the map's order.
     *
     * @param measures each measure's values over the same architectures as {@code accuracy}, in the same order
     */
    public static List<ProxyQuality> of(Map<String, double[]> measures, double[] accuracy, BestOfN bestOfN) {
        List<ProxyQuality> out = new ArrayList<>();
        double[] params = measures.get(PARAMS);
        double[] flops = measures.get(FLOPS);
        measures.forEach((name, values) -> out.add(of(name, values, accuracy, bestOfN, params, flops)));
        return out;
    }

    /** One measure's row without size references (its size-bias columns NaN). */
    public static ProxyQuality of(String name, double[] values, double[] accuracy, BestOfN bestOfN) {
        return of(name, values, accuracy, bestOfN, null, null);
    }

    /**
     * @param params the parameter counts of the same architectures, or null
     * @param flops  their FLOPs, or null
     */
    public static ProxyQuality of(String name, double[] values, double[] accuracy, BestOfN bestOfN, double[] params,
                                  double[] flops) {
        CompletePairs pairs = CompletePairs.of(values, accuracy);
        int n = pairs.size();
        return new ProxyQuality(name, RankCorrelation.kendallTau(pairs), RankCorrelation.spearmanRho(pairs),
                n == 0 ? Double.NaN : RankCorrelation.topKOverlap(pairs.x(), pairs.y(), topCount(n)),
                bestOfN.meanAccuracy(values, accuracy), n, Ndcg.of(values, accuracy),
                params == null ? Double.NaN : RankCorrelation.kendallTau(values, params),
                flops == null ? Double.NaN : RankCorrelation.kendallTau(values, flops));
    }

    /** How many architectures the top {@link #TOP_FRACTION} of {@code n} holds: at least one. */
    public static int topCount(int n) {
        return Math.max(1, (int) Math.round(n * TOP_FRACTION));
    }
}
