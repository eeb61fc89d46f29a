package org.naswot.score;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * log|det K| in double precision from an LU factorisation with partial pivoting (the sum of log|u_ii|),
 * as numpy's slogdet; det() itself would overflow (e^1700). A zero pivot means K is singular: -infinity.
 */
public final class LogDeterminant {
    private LogDeterminant() {
    }

    public static double of(double[][] k) {
        RealMatrix m = new Array2DRowRealMatrix(k, true);
        // Only an exactly zero pivot counts as singular: K holds integer counts, and tiny but non-zero
        // pivots are legitimate (the reference's slogdet returns a finite value for them).
        LUDecomposition lu = new LUDecomposition(m, Double.MIN_VALUE);
        if (!lu.getSolver().isNonSingular()) {
            return Double.NEGATIVE_INFINITY;
        }
        RealMatrix u = lu.getU();
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
            double pivot = Math.abs(u.getEntry(i, i));
            if (pivot == 0 || Double.isNaN(pivot)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(pivot);
        }
        return sum;
    }
}
