package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;

/**
 * One forward and backward of the mean cross-entropy on the batch (BatchNorm on batch statistics), serving snip,
 * grad_norm, plain, l2_norm and grasp (the conv/linear weights and their gradients) and fisher (per-channel activation
 * x gradient); zico runs it on each half of the batch. The reference runs one pass per proxy on identically initialised copies; one pass gives the same
 * values, since fisher's gates multiply each layer's output by ones: forward values and weight gradients are
 * those of the ungated network, bit for bit.
 */
record LossPass(WeightGradients weights, List<FisherProxy.LayerTerms> channels) {

    static LossPass of(ProxyContext context) {
        WeightGradients.checkedLabels(context, "snip, grad_norm, fisher and grasp");
        return of(context, 0, context.batch().size());
    }

    /** The pass on images [from, to) of the batch alone (BatchNorm on their statistics), e.g. zico's half-batches. */
    static LossPass of(ProxyContext context, int from, int to) {
        int[] labels = Arrays.copyOfRange(context.batch().labels(), from, to);
        Module network = context.freshNetwork();
        NDManager manager = context.manager();
        int n = to - from;
        List<Parameter> weights = PrunableWeights.of(network);
        List<NDArray> gates = new ArrayList<>();
        List<Long> weightsPerChannel = new ArrayList<>();
        // gates in module order, as PrunableWeights lists the weights
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
        List<NDArray> differentiated = new ArrayList<>(WeightGradients.values(weights));
        differentiated.addAll(gates);
        // grad mode is on for this thread until the scope closes
        try (GradientScope scope = new GradientScope()) {
            differentiated.forEach(a -> a.setRequiresGradient(true));
            NDArray input = from == 0 && to == context.batch().size() ? context.input()
                    : context.input().get(new NDIndex(from + ":" + to));
            NDArray logits = network.forward(input, ActivationRecorder.NONE);
            Backward.run(scope, WeightGradients.crossEntropy(logits, manager.create(labels), context.classes()),
                    differentiated);
        }
        List<WeightGradients.Layer> layers = new ArrayList<>(weights.size());
        for (Parameter p : weights) {
            layers.add(new WeightGradients.Layer(p.value().toFloatArray(), p.value().getGradient().toFloatArray()));
        }
        List<FisherProxy.LayerTerms> channels = new ArrayList<>(gates.size());
        for (int i = 0; i < gates.size(); i++) {
            float[] g = gates.get(i).getGradient().toFloatArray();
            channels.add(new FisherProxy.LayerTerms(g, n, g.length / n, weightsPerChannel.get(i)));
        }
        return new LossPass(new WeightGradients(layers), channels);
    }
}
