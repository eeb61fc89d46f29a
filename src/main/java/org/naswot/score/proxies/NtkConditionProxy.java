package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Constants;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;

/**
 * TE-NAS's NTK condition number as the NB201 scoring code of AZ-NAS and VKDNW runs it (their compute_te_nas_score.py
 * {@code get_ntk_n}, from VITA-Group/TENAS lib/procedures/ntk.py): the batch through the network in training mode
 * (BatchNorm on batch statistics); for each image i, the gradient of the sum of its logits w.r.t. every parameter whose
 * name contains "weight" (conv, BatchNorm and classifier weights; a parameter off the graph has none and is left out,
 * which changes no inner product), backward passes on the one retained graph; the NTK is the images x images Gram
 * matrix of those gradients, and cond = largest / smallest eigenvalue (NaN read as 100000, infinities as the largest
 * doubles, as {@code np.nan_to_num} does). The value is -cond, as their {@code compute_NTK_score} returns it and as
 * TE-NAS ranks it: a lower condition number predicts a better network.
 * The Gram matrix is formed in float32 as theirs, its eigenvalues in double (theirs: float32 {@code eigh}).
 */
public final class NtkConditionProxy implements ZeroCostProxy {
    private static final double NAN_CONDITION = 100000.0;

    @Override
    public String id() {
        return "ntk_cond";
    }

    @Override
    public String description() {
        return "minus the condition number of the neural tangent kernel of the batch (Chen et al., TE-NAS: Neural "
                + "Architecture Search on ImageNet in Four GPU Hours, ICLR 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        return -condition(gram(context));
    }

    /** The NTK Gram matrix over the batch's images. */
    static double[][] gram(ProxyContext context) {
        Module network = context.freshNetwork();
        NDManager manager = context.manager();
        List<NDArray> weights = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : network.stateDict().entrySet()) {
            if (e.getValue().trainable() && e.getKey().contains("weight")) {
                weights.add(e.getValue().value());
            }
        }
        int n = context.batch().size();
        List<NDArray> rows = new ArrayList<>(n);
        try (GradientScope scope = new GradientScope()) {
            weights.forEach(w -> w.setRequiresGradient(true));
            NDArray logits = network.forward(context.input(), ActivationRecorder.NONE);
            // the zero-weighted sum gives every weight a gradient (zeros off the graph: the same inner products)
            NDArray output = logits;
            for (NDArray w : weights) {
                NDArray sum = w.sum();
                output = output.add(sum.mul(Constants.scalar(sum, 0)));
            }
            long classes = logits.getShape().get(1);
            for (int i = 0; i < n; i++) {
                float[] mask = new float[n * (int) classes];
                for (int c = 0; c < classes; c++) {
                    mask[i * (int) classes + c] = 1f;
                }
                try (NDArray gradient = manager.create(mask, new Shape(n, classes))) {
                    scope.backwardRetainingGraph(output, gradient);
                }
                NDList flat = new NDList();
                for (NDArray w : weights) {
                    flat.add(w.getGradient().flatten());
                }
                rows.add(NDArrays.concat(flat));
                flat.close();
                weights.forEach(GradientScope::zeroGradient);
            }
        }
        float[] values;
        try (NDArray g = NDArrays.stack(new NDList(rows)); NDArray k = g.matMul(g.transpose())) {
            values = k.toFloatArray();
        }
        rows.forEach(NDArray::close);
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = values[i * n + j];
            }
        }
        return out;
    }

    /** Largest over smallest eigenvalue, with numpy's nan_to_num(nan=100000) on the ratio. */
    static double condition(double[][] gram) {
        double[] eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(gram, false)).getEigenvalues();
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : eig) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        double cond = max / min;
        if (Double.isNaN(cond)) {
            return NAN_CONDITION;
        }
        if (Double.isInfinite(cond)) {
            return cond > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        return cond;
    }
}
