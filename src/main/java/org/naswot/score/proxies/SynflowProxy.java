package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;

/**
 * Synaptic flow, following zero-cost-nas's {@code compute_synflow_per_weight} as NAS-Bench-Suite-Zero ran
 * it: every parameter replaced by its absolute value, the network in double precision (the products
 * overflow float32), BatchNorm bypassed ({@code bn=False}: its forward becomes the identity), one input of
 * ones [1,C,H,W], R = sum of the outputs; score = sum over conv/linear weights of |θ ⊙ ∂R/∂θ|. The value
 * returned is its natural log, as NASLib's ZeroCost predictor reports it (NB201 scores reach 1e50); a
 * network whose output does not depend on any weight scores log 0 = -infinity (NASLib: 0). The reference
 * restores the weights' signs afterwards; here the network is a private copy and is simply dropped.
 */
public final class SynflowProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "synflow";
    }

    @Override
    public String description() {
        return "log of sum |weight x dR/d(weight)|, R = output sum of the |weight| network on an all-ones input "
                + "(Tanaka et al., Pruning neural networks without any data by iteratively conserving synaptic flow, "
                + "NeurIPS 2020)";
    }

    @Override
    public double compute(ProxyContext context) {
        Module network = context.freshNetwork();
        for (Parameter p : network.stateDict().values()) {
            p.replaceValue(p.value().toType(DataType.FLOAT64, false).abs());
        }
        for (Module m : network.modules()) {
            if (m instanceof BatchNorm2d bn) {
                bn.setBypassed(true);
            }
        }
        List<Parameter> weights = PrunableWeights.of(network);
        ImageBatch b = context.batch();
        try (GradientScope scope = new GradientScope()) {
            for (Parameter p : weights) {
                p.value().setRequiresGradient(true);
            }
            NDArray ones = context.manager().ones(new Shape(1, b.channels(), b.height(), b.width()), DataType.FLOAT64);
            Backward.run(scope, network.forward(ones, ActivationRecorder.NONE).sum(), WeightGradients.values(weights));
        }
        double sum = 0;
        for (Parameter p : weights) {
            // weights are non-negative here, so |θ ⊙ g| = θ ⊙ |g|
            sum += p.value().mul(p.value().getGradient()).abs().sum().getDouble();
        }
        return Math.log(sum);
    }
}
