package org.naswot.space.nb101;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Module;
import org.naswot.nn.ReLU;
import org.naswot.nn.Sequential;

/**
 * Conv, BN, ReLU (post-activation, as NAS-Bench-101 trains). Its type name spells "Relu", so the reference's
 * "ReLU" substring match hooks only the inner ReLU: NB101 codes count once in both counting modes.
 */
final class ConvBnRelu extends Module {
    private final Sequential convBnRelu;
    private final Conv2d conv;

    ConvBnRelu(int in, int out, int kernel, int padding) {
        conv = new Conv2d(in, out, kernel, 1, padding);
        convBnRelu = child("conv_bn_relu", new Sequential(conv, new BatchNorm2d(out), new ReLU(false)));
    }

    Conv2d conv() {
        return conv;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return convBnRelu.forward(x, recorder);
    }
}
