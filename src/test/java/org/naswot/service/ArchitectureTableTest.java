package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks and percentiles of the architecture table: ties share the best rank, NaN has none, -inf ranks last. */
class ArchitectureTableTest {
    private static final double NAN = Double.NaN;

    @Test
    void ranksAreCompetitionRanksHighestFirst() {
        double[] v = {3, 5, 5, NAN, Double.NEGATIVE_INFINITY, 1};
        assertArrayEquals(new double[] {3, 1, 1, NAN, 5, 4}, ArchitectureTable.ranks(v));
        // share of the 5 known values strictly lower
        assertArrayEquals(new double[] {40, 60, 60, NAN, 0, 20}, ArchitectureTable.percentiles(v), 1e-12);
    }

    @Test
    void theTableAddsRankAndPercentileOfTheScoreAndFindsRowsByIndex() {
        ArchitectureTable t = ArchitectureTable.of(new int[] {7, 3, 12}, new String[] {"a", "b", "c"},
                new ArchitectureTable.Column("nwot", "score", ArchitectureTable.Kind.SCORE, new double[] {2, 9, 4}),
                List.of(new ArchitectureTable.Column("acc", "accuracy", ArchitectureTable.Kind.ACCURACY,
                        new double[] {90, 80, NAN})));
        assertEquals(List.of("nwot", "acc", "rank", "percentile"), t.columns().stream()
                .map(ArchitectureTable.Column::id).toList());
        assertArrayEquals(new double[] {3, 1, 2}, t.column("rank").values());
        assertEquals(1, t.rowOf(3));
        assertEquals(-1, t.rowOf(4));
        assertEquals("c", t.arch(t.rowOf(12)));
        assertEquals(2.0, t.rankIn(t.column("acc"), 1));
        assertEquals(NAN, t.rankIn(t.column("acc"), 2));
        assertEquals(2, ArchitectureTable.known(t.column("acc")));
        assertThrows(IllegalArgumentException.class, () -> ArchitectureTable.of(new int[] {1}, new String[] {"a"},
                new ArchitectureTable.Column("nwot", "", ArchitectureTable.Kind.SCORE, new double[] {1, 2}), List.of()));
    }
}
