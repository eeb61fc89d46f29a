package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * ReLU, convolution without bias, BatchNorm: the reference's {@code ReLUConvBN}, with children named
 * {@code op.0}, {@code op.1}, {@code op.2}. Its type name contains "ReLU", so the reference hooks this
 * container too and sees the same input as the inner ReLU.
 */
public final class ReLUConvBN extends Module {
    private final Sequential op;

    public ReLUConvBN(int in, int out, int kernel, int stride, int padding) {
        op = child("op", new Sequential(new ReLU(true), new Conv2d(in, out, kernel, stride, padding),
                new BatchNorm2d(out)));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return op.forward(x, recorder);
    }
}
