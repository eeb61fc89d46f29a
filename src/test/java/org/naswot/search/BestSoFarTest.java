package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The best-so-far rule follows the choice rule step by step: first maximum, NaN never wins, seconds spread evenly. */
class BestSoFarTest {

    @Test
    void followsTheAlgorithmsCriterionNotTheAccuracy() {
        // NASWOT: the score decides; the plotted accuracy may fall when a better-scored, less accurate cell comes
        double[] scores = {1, Double.NaN, 3, 3, 2};
        double[] accuracy = {80, 99, 70, 95, 90};
        BestSoFar c = BestSoFar.of(scores, accuracy, 10);
        assertArrayEquals(new double[] {80, 80, 70, 70, 70}, c.accuracy()); // the earlier of equal scores stays
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, c.queries());
        assertArrayEquals(new double[] {2, 4, 6, 8, 10}, c.seconds(), 1e-12);
        assertEquals(accuracy[FirstMaximum.indexOf(scores)], c.finalAccuracy());
    }

    @Test
    void isMonotoneWhenTheCriterionIsThePlottedAccuracy() {
        double[] acc = {85, 84, 88, Double.NaN, 87, 91, 90};
        BestSoFar c = BestSoFar.of(acc, acc, 1);
        assertArrayEquals(new double[] {85, 85, 88, 88, 88, 91, 91}, c.accuracy());
    }

    @Test
    void aRunWhoseCriterionIsAllNanPlotsItsFirstCellAsFirstMaximumChoosesIt() {
        BestSoFar c = BestSoFar.of(new double[] {Double.NaN, Double.NaN}, new double[] {70, 80}, 1);
        assertArrayEquals(new double[] {70, 70}, c.accuracy());
        assertThrows(IllegalArgumentException.class, () -> BestSoFar.of(new double[0], new double[0], 1));
    }
}
