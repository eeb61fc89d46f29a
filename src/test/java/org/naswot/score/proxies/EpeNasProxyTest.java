package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** EPE-NAS's per-class score against values from NASLib's {@code eval_score_perclass} (numpy) on the same rows. */
class EpeNasProxyTest {
    private static final double[][] JACOBIANS = {
            {1, 2, 3, 4}, {2, 1, 4, 3}, {0.5, -1, 2, 7}, {3, 3, 1, 0}, {1, 0, 0, 2}, {2, 2, 5, 1}};
    private static final int[] LABELS = {0, 1, 0, 1, 2, 0};

    @Test
    void upToHundredClassesSumsTheAbsolutePerClassScores() {
        // class 2 has one image: numpy's corrcoef gives 1.0, adding |log(1 + 1e-5)|
        assertEquals(26.363415662245348, EpeNasProxy.score(JACOBIANS, LABELS, 10), 1e-9);
    }

    @Test
    void manyClassesComparesClassesAndSkipsSingleImageClasses() {
        assertEquals(8.362152050645383, EpeNasProxy.score(JACOBIANS, LABELS, 120), 1e-9);
    }

    @Test
    void aConstantJacobianRowMakesTheScoreUndefined() {
        double[][] rows = {{1, 2, 3}, {4, 4, 4}};
        assertTrue(Double.isNaN(EpeNasProxy.score(rows, new int[] {0, 0}, 10)));
    }
}
