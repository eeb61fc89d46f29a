package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JacobianCovarianceTest {

    @Test
    void correlationMatchesHandComputedPearson() {
        double[][] rows = {{1, 2, 3, 4}, {2, 4, 6, 8.5}, {4, 3, 2, 1}};
        double[][] c = JacobianCovariance.correlation(rows);
        assertEquals(1.0, c[0][0], 1e-12);
        assertEquals(-1.0, c[0][2], 1e-12);
        // x = 1..4, y = 2,4,6,8.5: cov = 5.75/3... r computed by hand
        double mx = 2.5;
        double my = 5.125;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < 4; i++) {
            sxy += (rows[0][i] - mx) * (rows[1][i] - my);
            sxx += (rows[0][i] - mx) * (rows[0][i] - mx);
            syy += (rows[1][i] - my) * (rows[1][i] - my);
        }
        assertEquals(sxy / Math.sqrt(sxx * syy), c[0][1], 1e-12);
        assertEquals(c[0][1], c[1][0]);
    }

    @Test
    void orthogonalJacobiansScoreTheMaximum() {
        // centred, mutually orthogonal rows: the correlation matrix is the identity, all eigenvalues 1
        double[][] rows = {{1, -1, 0, 0}, {0, 0, 1, -1}, {1, 1, -1, -1}};
        double k = JacobianCovariance.K;
        assertEquals(-3 * (Math.log(1 + k) + 1 / (1 + k)), JacobianCovariance.score(rows), 1e-9);
    }

    @Test
    void identicalJacobiansScoreFarLower() {
        // one eigenvalue N, N-1 zero eigenvalues: each contributes log k + 1/k
        double[][] rows = {{1, 2, 3}, {1, 2, 3}, {1, 2, 3}};
        double k = JacobianCovariance.K;
        double expected = -(Math.log(3 + k) + 1 / (3 + k) + 2 * (Math.log(k) + 1 / k));
        assertEquals(expected, JacobianCovariance.score(rows), 1e-6 * Math.abs(expected));
    }

    @Test
    void moreCorrelatedJacobiansScoreLower() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] independent = new double[8][200];
        double[][] shared = new double[8][200];
        double[] common = new double[200];
        for (int j = 0; j < 200; j++) {
            common[j] = r.nextGaussian();
        }
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 200; j++) {
                independent[i][j] = r.nextGaussian();
                shared[i][j] = common[j] + 0.3 * r.nextGaussian();
            }
        }
        assertTrue(JacobianCovariance.score(independent) > JacobianCovariance.score(shared));
    }

    @Test
    void constantJacobianIsUndefined() {
        assertTrue(Double.isNaN(JacobianCovariance.score(new double[][] {{0, 0, 0}, {1, 2, 3}})));
    }
}
