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
        this(in, out, kernel, padding, null);
    }

    /**
     * @param wrapper the attribute name of the reference's wrapper module around this one ({@code conv3x3} in
     *                {@code Conv3x3BnRelu}, {@code conv1x1} in {@code Conv1x1BnRelu}, nas_101_api/base_ops.py), or
     *                null. The wrapper only forwards, so it is not a module here: it only adds its level to the
     *                state_dict names ({@code layers.1.vertex_op.1.conv3x3.conv_bn_relu.0.weight}), so that the
     *                reference's weights load by name.
     */
    ConvBnRelu(int in, int out, int kernel, int padding, String wrapper) {
        conv = new Conv2d(in, out, kernel, 1, padding);
        convBnRelu = child(wrapper == null ? "conv_bn_relu" : wrapper + ".conv_bn_relu",
                new Sequential(conv, new BatchNorm2d(out), new ReLU(false)));
    }

    Conv2d conv() {
        return conv;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        return convBnRelu.forward(x, recorder);
    }
}
