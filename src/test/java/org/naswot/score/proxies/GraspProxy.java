package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;

/**
 * GraSP as zero-cost-nas (and so NASLib) computes it with {@code bn=True}, T = 1, one iteration: g = d(mean
 * cross-entropy)/d(theta) over the conv/linear weights, Hg = the gradient of sum(g_const . dL/d(theta)) (an exact
 * Hessian-gradient product by double back-propagation), score = sum over those weights of -theta x Hg. The sign
 * is NASLib's: the reference negates GraSP's saliency because accuracy correlated negatively with it.
 *
 * <p>Known leak: the reference takes the first gradient with {@code autograd.grad(create_graph=True)}, which DJL does
 * not offer; {@code backward(create_graph=True)} stores it in the weights' {@code .grad}, a reference cycle between
 * each weight and the graph that libtorch never frees (measured: about 55 MB per call at batch 16, every call). DJL
 * has no way to reset {@code .grad}, so this proxy is left out of {@link ProxyRegistry} and is run only for the
 * Suite-Zero comparison, over a bounded number of cells.
 */
public final class GraspProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "grasp";
    }

    @Override
    public String description() {
        return "sum of -weight x (Hessian x gradient) of the cross-entropy over conv/linear weights (Wang et al., "
                + "Picking Winning Tickets Before Training by Preserving Gradient Flow, ICLR 2020)";
    }

    @Override
    public double compute(ProxyContext context) {
        // g on an identically initialised network: the first pass of the reference, as a constant
        List<WeightGradients.Layer> first = context.lossGradients().layers();
        Module network = context.freshNetwork();
        List<Parameter> weights = PrunableWeights.of(network);
        NDManager manager = context.manager();
        int[] labels = WeightGradients.checkedLabels(context, "grasp");
        List<NDArray> values = WeightGradients.values(weights);
        try (GradientScope scope = new GradientScope()) {
            values.forEach(v -> v.setRequiresGradient(true));
            NDArray logits = network.forward(context.input(), ActivationRecorder.NONE);
            Backward.runCreatingGraph(scope, WeightGradients.crossEntropy(logits, manager.create(labels), context.classes()),
                    values);
            List<NDArray> products = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                NDArray gradientWithGraph = values.get(i).getGradient();
                NDArray g = manager.create(first.get(i).gradient(), weights.get(i).shape());
                products.add(g.mul(gradientWithGraph).sum());
            }
            NDArray z = products.get(0);
            for (NDArray p : products.subList(1, products.size())) {
                z = z.add(p);
            }
            // the reference differentiates z into fresh .grad buffers (its first pass used autograd.grad)
            values.forEach(v -> JniUtils.zeroGrad((PtNDArray) v));
            scope.backward(z);
        }
        double sum = 0;
        for (NDArray v : values) {
            float[] w = v.toFloatArray();
            float[] hg = v.getGradient().toFloatArray();
            for (int i = 0; i < w.length; i++) {
                sum -= (double) w[i] * hg[i];
            }
        }
        return sum;
    }
}
