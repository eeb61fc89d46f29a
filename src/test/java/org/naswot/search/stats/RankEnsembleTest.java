package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankEnsembleTest {
    @Test
    void averagesRanksWithTiesSharedAndMinusInfinityLowest() {
        double[] a = {3.0, Double.NEGATIVE_INFINITY, 5.0, 5.0};
        double[] b = {10.0, 20.0, 30.0, 40.0};
        // ranks a: 2, 1, 3.5, 3.5; b: 1, 2, 3, 4
        assertArrayEquals(new double[] {1.5, 1.5, 3.25, 3.75}, RankEnsemble.of(a, b), 1e-12);
    }

    @Test
    void aNaNMemberValueDropsThatArchitecture() {
        double[] e = RankEnsemble.of(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3});
        assertTrue(Double.isNaN(e[1]));
        assertTrue(e[0] < e[2]);
    }

    @Test
    void logRankSumIsAzNasAggregationOverAnyMembers() {
        double[] a = {3.0, Double.NEGATIVE_INFINITY, 5.0, 5.0};
        double[] b = {10.0, 20.0, 30.0, 40.0};
        // ranks a: 2, 1, 3.5, 3.5; b: 1, 2, 3, 4; n = 4 (scipy: sum(np.log(rankdata(x) / 4)))
        double[] expected = {Math.log(2 / 4.0) + Math.log(1 / 4.0), Math.log(1 / 4.0) + Math.log(2 / 4.0),
            Math.log(3.5 / 4) + Math.log(3 / 4.0), Math.log(3.5 / 4) + Math.log(4 / 4.0)};
        assertArrayEquals(expected, RankEnsemble.logRankSum(List.of(a, b)), 1e-12);
    }

    @Test
    void logRankSumRanksOnlyArchitecturesWithEveryMember() {
        double[] e = RankEnsemble.logRankSum(List.of(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}));
        assertTrue(Double.isNaN(e[1]));
        // two architectures ranked: the better one gets log(2/2) twice
        assertArrayEquals(new double[] {2 * Math.log(0.5), Double.NaN, 0.0}, e, 1e-12);
    }
}
