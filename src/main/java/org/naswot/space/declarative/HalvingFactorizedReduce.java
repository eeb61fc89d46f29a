package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.naswot.common.UserFacingException;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Module;
import org.naswot.nn.ReLU;

/**
 * DARTS' / pycls' {@code FactorizedReduce} (halves the resolution): ReLU, two 1x1 stride-2 convolutions, one on the
 * input and one on it shifted by a pixel (zero-padded right and bottom, so odd sizes work), concatenated, BN. Children
 * {@code relu}, {@code conv_1}, {@code conv_2}, {@code bn}; its ReLU counts once (no "ReLU" in the class name).
 */
final class HalvingFactorizedReduce extends Module {
    private final ReLU relu = child("relu", new ReLU(false));
    private final Conv2d conv1;
    private final Conv2d conv2;
    private final BatchNorm2d bn;

    HalvingFactorizedReduce(int in, int out) {
        if (out % 2 != 0) {
            throw new UserFacingException("a factorised reduce needs an even channel count, not " + out
                    + ": choose an even width");
        }
        conv1 = child("conv_1", new Conv2d(in, out / 2, 1, 2, 0));
        conv2 = child("conv_2", new Conv2d(in, out / 2, 1, 2, 0));
        bn = child("bn", new BatchNorm2d(out));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray r = relu.forward(x, recorder);
        try (NDArray padded = r.pad(new Shape(0, 1, 0, 1), 0f);
             NDArray shifted = padded.get(new NDIndex(":, :, 1:, 1:"));
             NDArray a = conv1.forward(r, recorder);
             NDArray b = conv2.forward(shifted, recorder);
             NDArray both = NDArrays.concat(new NDList(a, b), 1)) {
            return bn.forward(both, recorder);
        }
    }
}
