package org.naswot.figures.kernel;

import org.naswot.figures.kernel.KernelMath;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class KernelMathTest {

    private static BitSet bits(String s) {
        BitSet b = new BitSet();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '1') {
                b.set(i);
            }
        }
        return b;
    }

    @Test
    void accumulateCountsAgreementsBothActiveAndBothInactive() {
        BitSet[] codes = {bits("1100"), bits("1010"), bits("0000")};
        double[][] k = KernelMath.accumulate(new double[3][3], codes, 4);
        // 1100 vs 1010 agree on units 0 and 3
        assertEquals(2, k[0][1]);
        assertEquals(2, k[1][0]);
        // 1100 vs 0000 agree on units 2 and 3
        assertEquals(2, k[0][2]);
        assertEquals(4, k[1][1]);
        double[][] twice = KernelMath.accumulate(k, codes, 4);
        assertEquals(8, twice[2][2]);
        assertEquals(4, k[2][2], "the input kernel is not modified");
    }

    @Test
    void normaliseDividesByTheFirstDiagonalEntry() {
        double[][] k = {{8, 2}, {2, 8}};
        double[][] n = KernelMath.normalise(k);
        assertArrayEquals(new double[] {1, 0.25}, n[0], 1e-12);
        assertArrayEquals(new double[] {0.25, 1}, n[1], 1e-12);
        assertEquals(8, k[0][0], "input untouched");
    }

    @Test
    void orderByLabelIsStableAndPermutesBothAxes() {
        int[] labels = {2, 0, 2, 1, 0};
        int[] perm = KernelMath.orderByLabel(labels);
        assertArrayEquals(new int[] {1, 4, 3, 0, 2}, perm);
        assertArrayEquals(new int[] {0, 0, 1, 2, 2}, KernelMath.permute(labels, perm));
        double[][] k = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                k[i][j] = 10 * i + j;
            }
        }
        double[][] p = KernelMath.permute(k, perm);
        assertEquals(k[1][4], p[0][1]);
        assertEquals(k[2][3], p[4][2]);
    }
}
