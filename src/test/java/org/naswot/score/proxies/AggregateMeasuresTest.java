package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;

/** vkdnw_agg and te_nas against ranks worked out by hand (ties, direction, missing values). */
class AggregateMeasuresTest {
    private static final double EPS = 1e-12;

    @Test
    void registryListsAllInOrderAndRefusesUnknownIds() {
        assertEquals(List.of("az_nas", "vkdnw_single", "vkdnw_agg", "te_nas"),
                AggregateRegistry.all().stream().map(AggregateMeasure::id).toList());
        assertEquals(List.of("ntk_cond", "linear_regions"), AggregateRegistry.get("te_nas").members());
        assertEquals(List.of("layers", "vkdnw", "jacov", "az_expressivity", "az_trainability", "flops"),
                AggregateRegistry.get("vkdnw_agg").members());
        assertThrows(UserFacingException.class, () -> AggregateRegistry.get("az_nas_typo"));
    }

    @Test
    void teNasSumsDenseRanksFromZeroWithTiesSharingARank() {
        // ntk_cond dense ranks: -50 -> 0, -10 -> 1, -2 -> 2; regions: 3 -> 0, 4 -> 1, 5 -> 2
        double[] out = AggregateRegistry.get("te_nas").combine(List.of(
                new double[] {-10, -2, -2, -50}, new double[] {3, 5, 4, 5}));
        assertArrayEquals(new double[] {1, 4, 3, 2}, out, EPS);
    }

    @Test
    void teNasGivesNanWhereAMemberIsMissingAndRanksTheOthersWithoutIt() {
        double[] out = AggregateRegistry.get("te_nas").combine(List.of(
                new double[] {-10, Double.NaN, -2}, new double[] {3, 5, 4}));
        assertEquals(0, out[0], EPS);
        assertTrue(Double.isNaN(out[1]));
        assertEquals(2, out[2], EPS);
    }

    @Test
    void vkdnwAggAddsLogRanksWithTheSingleRankOrderedByLayersFirst() {
        List<double[]> members = List.of(
                new double[] {10, 10, 12, 8},          // layers
                new double[] {0.5, 0.7, 0.1, 0.9},     // vkdnw: (8,.9)=1 (10,.5)=2 (10,.7)=3 (12,.1)=4
                new double[] {1, 2, 2, 4},             // jacov: 1, 2.5, 2.5, 4
                new double[] {4, 3, 2, 1},             // expressivity: 4, 3, 2, 1
                new double[] {1, 1, 1, 1},             // trainability: all 2.5
                new double[] {10, 20, 30, 40});        // flops: 1, 2, 3, 4
        double[] out = AggregateRegistry.get("vkdnw_agg").combine(members);
        assertArrayEquals(new double[] {Math.log(2 * 1 * 4 * 2.5 * 1), Math.log(3 * 2.5 * 3 * 2.5 * 2),
                Math.log(4 * 2.5 * 2 * 2.5 * 3), Math.log(1 * 4 * 1 * 2.5 * 4)}, out, 1e-12);
    }

    @Test
    void vkdnwAggSingleRankIsDenseOnEqualPairsAndMissingValuesGiveNan() {
        List<double[]> members = List.of(
                new double[] {10, 10, 12, 8, 9},
                new double[] {0.5, 0.5, 0.1, 0.9, 0.3},
                new double[] {1, 1, 1, 1, 1},
                new double[] {1, 1, 1, 1, Double.NaN},
                new double[] {1, 1, 1, 1, 1},
                new double[] {1, 1, 1, 1, 1});
        double[] out = AggregateRegistry.get("vkdnw_agg").combine(members);
        // over the four complete cells: pairs rank (8,.9)=1, (10,.5)=2 twice, (12,.1)=3; every other rank 2.5
        double rest = 4 * Math.log(2.5);
        assertArrayEquals(new double[] {Math.log(2) + rest, Math.log(2) + rest, Math.log(3) + rest, rest},
                java.util.Arrays.copyOf(out, 4), 1e-12);
        assertTrue(Double.isNaN(out[4]));
    }

    @Test
    void vkdnwSingleRanksByLayersFirstThenVkdnwDenselyAndIsTheFirstTermOfVkdnwAgg() {
        List<double[]> pair = List.of(
                new double[] {10, 10, 12, 8, 10, 9},
                new double[] {0.5, 0.7, 0.1, 0.9, 0.5, Double.NaN});
        double[] single = AggregateRegistry.get("vkdnw_single").combine(pair);
        // (8,.9)=1 (10,.5)=2 twice (10,.7)=3 (12,.1)=4: a lower vkdnw with more layers still ranks above
        assertArrayEquals(new double[] {2, 3, 4, 1, 2}, java.util.Arrays.copyOf(single, 5), EPS);
        assertTrue(Double.isNaN(single[5]));
        List<double[]> ones = List.of(new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1},
                new double[] {1, 1, 1, 1}, new double[] {1, 1, 1, 1});
        List<double[]> agg = new java.util.ArrayList<>(List.of(
                java.util.Arrays.copyOf(pair.get(0), 4), java.util.Arrays.copyOf(pair.get(1), 4)));
        agg.addAll(ones);
        double[] combined = AggregateRegistry.get("vkdnw_agg").combine(agg);
        double[] alone = AggregateRegistry.get("vkdnw_single").combine(agg.subList(0, 2));
        for (int i = 0; i < 4; i++) {
            assertEquals(Math.log(alone[i]) + 4 * Math.log(2.5), combined[i], EPS);
        }
    }

    @Test
    void membersOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AggregateRegistry.get("te_nas").combine(List.of(
                new double[] {1, 2}, new double[] {1})));
    }
}
