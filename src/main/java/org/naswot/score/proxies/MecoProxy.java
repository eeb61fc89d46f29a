package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;

/**
 * MeCo as its authors' NB201 correlation script ({@code NAS_Bench_201.py}) computes it: one image (their batch size
 * 1, BatchNorm on that image's statistics) through the untrained network, a hook on every module (containers too, as
 * PyTorch's {@code named_modules()}), and per module output [1, C, H, W] the smallest eigenvalue of the C x C
 * correlation matrix of its channels (torch.corrcoef; undefined entries of constant channels set to 0); score = sum
 * over modules. Outputs with no spatial extent ([1, F] logits, 1x1 maps) give an all-zero matrix, so 0, as there.
 * The module tree is the reference's TinyNetwork; MeCo's own NB201 model differs slightly in its containers.
 */
public final class MecoProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "meco";
    }

    @Override
    public String description() {
        return "sum over every module's feature map of the smallest eigenvalue of its channels' correlation matrix, "
                + "on one image (Jiang et al., MeCo: Zero-Shot NAS with One Data and Single Forward Pass via Minimum "
                + "Eigenvalue of Correlation, NeurIPS 2023)";
    }

    @Override
    public double compute(ProxyContext context) {
        Module network = context.freshNetwork();
        MinimumEigenvalues hook = new MinimumEigenvalues();
        network.forward(context.input().get(new NDIndex("0:1")), hook);
        return hook.sum;
    }

    /** Sums, over the module outputs it sees, the smallest eigenvalue of the first image's channel correlations. */
    private static final class MinimumEigenvalues implements ActivationRecorder {
        double sum;

        @Override
        public void record(NDArray rectified, boolean containerHooked) {
        }

        @Override
        public void moduleOutput(Module module, NDArray output) {
            Shape s = output.getShape();
            if (s.dimension() != 4 || s.get(2) * s.get(3) < 2) {
                return;
            }
            double v = smallestEigenvalue(channelCorrelation(output.get(0).toFloatArray(), (int) s.get(1)));
            if (Double.isFinite(v)) {
                sum += v;
            }
        }
    }

    /** Pearson correlation between the C rows of a [C, H*W] feature map, with NaN (a constant row) set to 0. */
    static double[][] channelCorrelation(float[] feature, int channels) {
        int pixels = feature.length / channels;
        double[][] rows = new double[channels][pixels];
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < pixels; p++) {
                rows[c][p] = feature[c * pixels + p];
            }
        }
        double[][] corr = JacobianCovariance.correlation(rows);
        for (double[] row : corr) {
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    row[j] = 0;
                }
            }
        }
        return corr;
    }

    /**
     * The smallest eigenvalue of a symmetric matrix; should the QL iteration fail to converge (seen once in 1,000
     * NB201 cells), the smallest singular value, equal for a correlation matrix, which is positive semi-definite.
     */
    static double smallestEigenvalue(double[][] symmetric) {
        RealMatrix m = new Array2DRowRealMatrix(symmetric, false);
        double[] values;
        try {
            values = new EigenDecompositionSymmetric(m).getEigenvalues();
        } catch (MathIllegalStateException notConverged) {
            values = new SingularValueDecomposition(m).getSingularValues();
        }
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }
}
