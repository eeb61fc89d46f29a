package org.naswot.space.nds.net;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;

/**
 * The reference's {@code ReturnFeatureLayer}: NASWOT's {@code NDS.get_network} wraps every Linear so the network also
 * returns its features; only the state_dict name changes ({@code classifier.classifier.mod.weight}).
 */
final class FeatureReturningLinear extends Module {
    private final Linear mod;

    FeatureReturningLinear(int in, int out) {
        mod = child("mod", new Linear(in, out));
    }

    Linear linear() {
        return mod;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return mod.forward(x, recorder);
    }
}
