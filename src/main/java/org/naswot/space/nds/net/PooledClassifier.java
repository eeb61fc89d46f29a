package org.naswot.space.nds.net;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Module;

/** pycls' classification head: global average pooling, then the (wrapped) Linear, under a name of the caller's. */
final class PooledClassifier extends Module {
    private final GlobalAvgPool pool = new GlobalAvgPool();
    private final FeatureReturningLinear linear;

    /** @param linearName {@code classifier} (cell networks' Classifier) or {@code fc} (AnyNet's head) */
    PooledClassifier(String linearName, int in, int out) {
        linear = child(linearName, new FeatureReturningLinear(in, out));
    }

    FeatureReturningLinear linear() {
        return linear;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        try (NDArray pooled = pool.forward(x, recorder)) {
            return linear.forward(pooled, recorder);
        }
    }
}
