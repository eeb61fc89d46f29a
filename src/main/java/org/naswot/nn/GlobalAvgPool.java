package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/** AdaptiveAvgPool2d(1) followed by flattening: [N,C,H,W] to [N,C]. */
public final class GlobalAvgPool extends Module {
    private static final int[] PIXELS = {2};

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        recorder.pooledFeatures(x);
        // one reduction over H*W values, like adaptive_avg_pool2d (DJL's PyTorch mean takes one axis)
        NDArray y = x.reshape(x.getShape().get(0), x.getShape().get(1), -1).mean(PIXELS);
        recorder.layer(this, x.getShape(), y.getShape());
        return y;
    }
}
