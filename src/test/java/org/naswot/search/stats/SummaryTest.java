package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void smallSampleByDefinition() {
        Summary s = Summary.of(4, 1, 3, 2);
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3), s.std(), 1e-12); // sum of squares 5, divisor n-1
        assertEquals(Math.sqrt(5.0 / 4), s.populationStd(), 1e-12); // divisor n
        assertEquals(1, s.min());
        assertEquals(4, s.max());
        // R-7 (numpy default): positions (n-1)p = 0.75, 1.5, 2.25 of 1,2,3,4
        assertEquals(1.75, s.q1(), 1e-12);
        assertEquals(2.5, s.median(), 1e-12);
        assertEquals(3.25, s.q3(), 1e-12);
        assertEquals(1.5, s.interquartileRange(), 1e-12);
    }

    @Test
    void oddCountMedianIsMiddleValue() {
        Summary s = Summary.of(List.of(10, 30, 20, 50, 40));
        assertEquals(30, s.median(), 1e-12);
        assertEquals(20, s.q1(), 1e-12);
        assertEquals(40, s.q3(), 1e-12);
    }

    @Test
    void singleValueHasUndefinedSampleStd() {
        Summary s = Summary.of(7);
        assertTrue(Double.isNaN(s.std()));
        assertEquals(0, s.populationStd());
        assertEquals(7, s.median());
    }

    @Test
    void rejectsNaNAndEmpty() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0]));
    }
}
