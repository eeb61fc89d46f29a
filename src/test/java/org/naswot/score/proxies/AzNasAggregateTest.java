package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The az_nas aggregation against values worked out by hand (scipy's rankdata: ascending, ties at their mean). */
class AzNasAggregateTest {
    private final AggregateMeasure azNas = AggregateRegistry.get("az_nas");

    @Test
    void ranksAscendingWithTiesAtTheirMeanRank() {
        assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, Ranks.average(new double[] {3, Double.NEGATIVE_INFINITY, 3,
                7}), 0);
    }

    @Test
    void sumsTheLogOfEachPartsRankOverN() {
        // four architectures; ranks per part: e (1,2,3,4), p (2.5,2.5,1,4) tied, t (-inf lowest: 1, then 2,3,4
        // reversed), c (4,3,2,1)
        double[] e = {0.1, 0.2, 0.3, 0.4};
        double[] p = {5, 5, 1, 9};
        double[] t = {Double.NEGATIVE_INFINITY, -1, -2, -3};
        double[] c = {40, 30, 20, 10};
        double[] out = azNas.combine(List.of(e, p, t, c));
        double[] expected = {
            Math.log(1 / 4.0) + Math.log(2.5 / 4) + Math.log(1 / 4.0) + Math.log(4 / 4.0),
            Math.log(2 / 4.0) + Math.log(2.5 / 4) + Math.log(4 / 4.0) + Math.log(3 / 4.0),
            Math.log(3 / 4.0) + Math.log(1 / 4.0) + Math.log(3 / 4.0) + Math.log(2 / 4.0),
            Math.log(4 / 4.0) + Math.log(4 / 4.0) + Math.log(2 / 4.0) + Math.log(1 / 4.0)};
        assertArrayEquals(expected, out, 1e-12);
    }

    @Test
    void aNanPartGivesNanAndLeavesTheArchitectureOutOfTheOthersRanks() {
        double[] e = {0.1, Double.NaN, 0.3, 0.4};
        double[] p = {1, 2, 3, 4};
        double[] t = {1, 2, 3, 4};
        double[] c = {1, 2, 3, 4};
        double[] out = azNas.combine(List.of(e, p, t, c));
        assertTrue(Double.isNaN(out[1]));
        // the three others ranked among n = 3: 1, 2, 3 in every part
        assertEquals(4 * Math.log(1 / 3.0), out[0], 1e-12);
        assertEquals(4 * Math.log(2 / 3.0), out[2], 1e-12);
        assertEquals(0, out[3], 1e-12);
    }

    @Test
    void namesItsFourPartsWhichAreRegisteredProxies() {
        assertEquals(List.of("az_expressivity", "az_progressivity", "az_trainability", "az_complexity"),
                azNas.members());
        azNas.members().forEach(ProxyRegistry::get);
    }
}
