package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * The reference's {@code POOLING} op (NB201 {@code avg_pool_3x3}): a 1x1 ReLUConvBN {@code preprocess} when the
 * channel count changes, then 3x3 average pooling that excludes padding.
 */
public final class Pooling extends Module {
    private final ReLUConvBN preprocess;
    private final AvgPool2d pool = new AvgPool2d(3, 1, 1, false);

    public Pooling(int in, int out) {
        preprocess = in == out ? null : child("preprocess", new ReLUConvBN(in, out, 1, 1, 0));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return pool.forward(preprocess == null ? x : preprocess.forward(x, recorder), recorder);
    }
}
