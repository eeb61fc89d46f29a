package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Constants;
import org.naswot.nn.Module;

/** pycls' {@code Zero(stride)}: {@code x[:, :, ::s, ::s] * 0}, zeros of the strided shape (DARTS cells). */
final class StridedZero extends Module {
    private final int stride;

    StridedZero(int stride) {
        this.stride = stride;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        if (stride == 1) {
            return x.mul(Constants.scalar(x, 0));
        }
        try (NDArray strided = x.get(new NDIndex(":, :, ::{}, ::{}", stride, stride))) {
            return strided.mul(Constants.scalar(strided, 0));
        }
    }
}
