package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FirstMaximumTest {
    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @Test
    void largestValueWins() {
        assertEquals(2, FirstMaximum.indexOf(new double[] {1, 3, 7, 2}));
    }

    @Test
    void firstOfEqualMaximaWins() {
        assertEquals(1, FirstMaximum.indexOf(new double[] {1, 7, 3, 7}));
    }

    @Test
    void negativeInfinityLosesToAnyFiniteValue() {
        assertEquals(2, FirstMaximum.indexOf(new double[] {NEG_INF, NEG_INF, -1e9, NEG_INF}));
    }

    @Test
    void allNegativeInfinityPicksTheFirst() {
        assertEquals(0, FirstMaximum.indexOf(new double[] {NEG_INF, NEG_INF, NEG_INF}));
    }

    @Test
    void nanNeverWinsAsInNanArgmax() {
        assertEquals(1, FirstMaximum.indexOf(new double[] {NAN, 2, NAN, 1}));
        assertEquals(1, FirstMaximum.indexOf(new double[] {NAN, NEG_INF}));
        assertEquals(0, FirstMaximum.indexOf(new double[] {NAN, NAN}));
        assertThrows(IllegalArgumentException.class, () -> FirstMaximum.indexOf(new double[0]));
    }
}
