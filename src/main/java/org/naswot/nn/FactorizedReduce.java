package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * The reference's {@code FactorizedReduce} at stride 1: {@code skip_connect} between different channel
 * counts, a 1x1 convolution then BN ({@code conv}, {@code bn}). Its ReLU is constructed but never applied at
 * stride 1, so it contributes no codes.
 */
public final class FactorizedReduce extends Module {
    private final Conv2d conv;
    private final BatchNorm2d bn;

    public FactorizedReduce(int in, int out) {
        conv = child("conv", new Conv2d(in, out, 1, 1, 0));
        bn = child("bn", new BatchNorm2d(out));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return bn.forward(conv.forward(x, recorder), recorder);
    }
}
