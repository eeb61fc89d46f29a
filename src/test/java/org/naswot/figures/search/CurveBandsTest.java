package org.naswot.figures.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.search.BestSoFar;

/** Mean and interquartile band over runs on a common grid; a run counts from its first step and holds its last. */
class CurveBandsTest {

    @Test
    void queriesAxisAveragesRunsStepByStepAndHoldsAShorterRunsLastValue() {
        BestSoFar a = new BestSoFar(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {80, 82, 90});
        BestSoFar b = new BestSoFar(new double[] {1, 2}, new double[] {5, 10}, new double[] {84, 86});
        CurveBands q = CurveBands.of(List.of(a, b), CurveBands.Axis.QUERIES);
        assertArrayEquals(new double[] {1, 2, 3}, q.x());
        assertArrayEquals(new double[] {82, 84, 88}, q.mean(), 1e-12);
        assertArrayEquals(new double[] {81, 83, 87}, q.lower(), 1e-12); // numpy: quantile([80, 84], .25) = 81
        assertArrayEquals(new double[] {83, 85, 89}, q.upper(), 1e-12);

        // on seconds, b takes its first step at 5 s: the curve starts there, with a holding its last value
        CurveBands s = CurveBands.of(List.of(a, b), CurveBands.Axis.SECONDS);
        assertArrayEquals(new double[] {5, 10}, s.x());
        assertArrayEquals(new double[] {87, 88}, s.mean(), 1e-12);
    }

    @Test
    void quantilesInterpolateAsNumpy() {
        double[] v = {1, 2, 3, 4};
        assertEquals(1.75, CurveBands.quantile(v, 0.25), 1e-12); // numpy.quantile([1,2,3,4], .25)
        assertEquals(3.25, CurveBands.quantile(v, 0.75), 1e-12);
        assertEquals(Double.NaN, CurveBands.quantile(new double[0], 0.5));
    }
}
