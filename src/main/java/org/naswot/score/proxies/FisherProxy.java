package org.naswot.score.proxies;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;

/**
 * Fisher pruning's channel saliency as zero-cost-nas (and so NASLib) computes it with {@code bn=True}: for each
 * conv/linear output channel k, g_nk = sum over pixels of activation x d(mean cross-entropy)/d(activation) per
 * image n, and del_k = 0.5 * mean_n g_nk^2. The reference then broadcasts del_k to every weight of channel k
 * (weight.shape[1:], i.e. in-channels x kernel pixels) before summing, so each channel counts fan-in times:
 * that quirk is reproduced. A layer off the loss's path has zero gradients and contributes 0, as there.
 */
public final class FisherProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "fisher";
    }

    @Override
    public String description() {
        return "sum over conv/linear channels of fan-in x 0.5 mean over images of (sum over pixels of activation x "
                + "loss gradient)^2 (Turner et al., BlockSwap, ICLR 2020; Abdelfattah et al., ICLR 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        double sum = 0;
        for (LayerTerms layer : activationGradients(context)) {
            for (int k = 0; k < layer.channels(); k++) {
                double squares = 0;
                for (int i = 0; i < layer.images(); i++) {
                    double v = layer.g()[i * layer.channels() + k];
                    squares += v * v;
                }
                sum += 0.5 * squares / layer.images() * layer.weightsPerChannel();
            }
        }
        return sum;
    }

    /**
     * g_nk of every conv/linear layer (in module order, as {@link PrunableWeights}), read as the gradient of a
     * gate of ones multiplying the layer's output: d/d(gate) of gate x activation is the activation, so the
     * gate's gradient is the sum over pixels of activation x d(loss)/d(output).
     */
    static List<LayerTerms> activationGradients(ProxyContext context) {
        int[] labels = WeightGradients.checkedLabels(context, "fisher");
        Module network = context.freshNetwork();
        NDManager manager = context.manager();
        int n = context.batch().size();
        List<NDArray> gates = new ArrayList<>();
        List<Long> weightsPerChannel = new ArrayList<>();
        for (Module m : network.modules()) {
            if (m instanceof Conv2d c) {
                Shape w = c.weight().shape();
                NDArray gate = manager.ones(new Shape(n, w.get(0), 1, 1));
                c.setOutputGate(gate);
                gates.add(gate);
                weightsPerChannel.add(w.size() / w.get(0));
            } else if (m instanceof Linear l) {
                Shape w = l.weight().shape();
                NDArray gate = manager.ones(new Shape(n, w.get(0)));
                l.setOutputGate(gate);
                gates.add(gate);
                weightsPerChannel.add(w.get(1));
            }
        }
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            gates.forEach(g -> g.setRequiresGradient(true));
            NDArray logits = network.forward(context.input(), ActivationRecorder.NONE);
            Backward.run(collector, WeightGradients.crossEntropy(logits, manager.create(labels), context.classes()), gates);
        }
        List<LayerTerms> out = new ArrayList<>();
        for (int i = 0; i < gates.size(); i++) {
            float[] g = gates.get(i).getGradient().toFloatArray();
            out.add(new LayerTerms(g, n, g.length / n, weightsPerChannel.get(i)));
        }
        return out;
    }

    /**
     * One layer's g_nk, image-major ({@code g[n * channels + k]}), and the number of weights per output channel
     * the reference broadcasts each channel's value over.
     */
    record LayerTerms(float[] g, int images, int channels, long weightsPerChannel) {
    }
}
