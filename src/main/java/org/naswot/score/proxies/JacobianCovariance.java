package org.naswot.score.proxies;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * The first NASWOT paper's (arXiv v1) Jacobian-covariance score: the correlation matrix of the per-image
 * input Jacobians (numpy's {@code corrcoef}, one row per image) and -sum(log(v + k) + 1/(v + k)) over its
 * eigenvalues v, k = 1e-5. Uncorrelated Jacobians (all v = 1) give the maximum, about -N.
 */
public final class JacobianCovariance {
    public static final double K = 1e-5;

    private JacobianCovariance() {
    }

    /**
     * @param jacobians one flattened Jacobian per row
     * @return the score, or NaN when a row is constant (its correlations are undefined; numpy's eig then
     *         fails and the reference records NaN)
     */
    public static double score(double[][] jacobians) {
        double[][] c = correlation(jacobians);
        for (double[] row : c) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return Double.NaN;
                }
            }
        }
        // the matrix is symmetric, so its eigenvalues are real (numpy's general eig finds the same ones)
        double[] eigenvalues = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(c, false)).getEigenvalues();
        double sum = 0;
        for (double v : eigenvalues) {
            sum += Math.log(v + K) + 1.0 / (v + K);
        }
        return -sum;
    }

    /** Pearson correlation between rows, as numpy's corrcoef. */
    static double[][] correlation(double[][] rows) {
        int n = rows.length;
        double[][] centred = new double[n][];
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows[i];
            double mean = 0;
            for (double v : r) {
                mean += v;
            }
            mean /= r.length;
            double[] c = new double[r.length];
            double ss = 0;
            for (int j = 0; j < r.length; j++) {
                c[j] = r[j] - mean;
                ss += c[j] * c[j];
            }
            centred[i] = c;
            norms[i] = Math.sqrt(ss);
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double dot = 0;
                double[] a = centred[i];
                double[] b = centred[j];
                for (int k = 0; k < a.length; k++) {
                    dot += a[k] * b[k];
                }
                // numpy clips to [-1, 1] after dividing by the standard deviations
                double r = Math.max(-1, Math.min(1, dot / (norms[i] * norms[j])));
                out[i][j] = r;
                out[j][i] = r;
            }
        }
        return out;
    }
}
