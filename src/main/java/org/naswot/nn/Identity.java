package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/** skip_connect with equal channels and stride 1. */
public final class Identity extends Module {
    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return x;
    }
}
