package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VKDNW's nDCG: gains 2^acc - 1 (acc in percent) discounted by log2(1 + rank), over the ideal order's. */
class NdcgTest {
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    void theAccuracysOwnOrderScoresOne() {
        double[] acc = {91.2, 93.5, 88.0, 94.1, 90.0};
        assertEquals(1, Ndcg.of(acc.clone(), acc), 1e-12);
        // any increasing transform ranks the same
        double[] measure = new double[acc.length];
        for (int i = 0; i < acc.length; i++) {
            measure[i] = Math.exp(acc[i] / 10);
        }
        assertEquals(1, Ndcg.of(measure, acc), 1e-12);
    }

    @Test
    void theReversedOrderByTheFormula() {
        double[] acc = {90, 91, 92};
        double[] reversed = {3, 2, 1};
        // gains 2^acc - 1, all scaled by 2^-92 (the -1 is 2^-92 of them: below double's resolution here)
        double ideal = 1 + 0.5 / LOG2_3 + 0.25 / 2;
        double worst = 0.25 + 0.5 / LOG2_3 + 1.0 / 2;
        assertEquals(worst / ideal, Ndcg.of(reversed, acc, 3), 1e-12);
        // cutoff 1: the proxy's first pick against the best
        assertEquals(0.25, Ndcg.of(reversed, acc, 1), 1e-12);
        assertEquals(1, Ndcg.of(new double[] {1, 2, 3}, acc, 1), 1e-12);
    }

    @Test
    void aPointOfAccuracyDoublesTheGainSoTheTopDominates() {
        // small accuracies show the "- 1": gains 2^1 - 1 = 1 and 2^2 - 1 = 3
        double[] acc = {1, 2};
        assertEquals((1 + 3 / LOG2_3) / (3 + 1 / LOG2_3), Ndcg.of(new double[] {2, 1}, acc, 2), 1e-12);
    }

    @Test
    void nanPairsAreLeftOutAndTheCutoffIsCapped() {
        double[] acc = {90, Double.NaN, 92, 91};
        double[] measure = {1, 5, Double.NaN, 2};
        // complete pairs: (1, 90), (2, 91): the measure's order is the ideal one
        assertEquals(1, Ndcg.of(measure, acc, 1000), 1e-12);
        assertTrue(Double.isNaN(Ndcg.of(new double[] {Double.NaN}, new double[] {90})));
    }

    @Test
    void proxyQualityCarriesNdcgAndTheSizeBias() {
        double[] acc = {90, 91, 92, 93};
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("params", new double[] {1, 2, 3, 4});
        columns.put("flops", new double[] {4, 3, 2, 1});
        columns.put("p", new double[] {1, 2, 4, 3});
        List<ProxyQuality> q = ProxyQuality.of(columns, acc, new BestOfN(2, 10, 1));
        assertEquals(1, q.get(0).tauParams(), 1e-12, "params against itself");
        assertEquals(-1, q.get(0).tauFlops(), 1e-12);
        assertEquals(RankCorrelation.kendallTau(columns.get("p"), columns.get("params")), q.get(2).tauParams(), 1e-12);
        assertEquals(Ndcg.of(columns.get("p"), acc), q.get(2).ndcg(), 1e-12);
        assertTrue(Double.isNaN(ProxyQuality.of("p", columns.get("p"), acc, new BestOfN(2, 10, 1)).tauParams()),
                "no size reference given");
    }
}
