package org.naswot.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;

/**
 * The bias of a convolution with one ({@code Conv}'s third input), added per channel after {@link
 * org.naswot.nn.Conv2d}, which has none: the benchmark networks' convolutions never do. Like PyTorch's conv bias, it
 * is not among the weights the pruning proxies score.
 */
final class ChannelBias extends Module {
    private final Parameter bias;

    ChannelBias(int channels) {
        bias = parameter("bias", new Shape(channels), Parameter.Init.ZEROS, 0, true);
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        Shape s = x.getShape();
        long[] perChannel = new long[s.dimension()];
        java.util.Arrays.fill(perChannel, 1);
        perChannel[1] = s.get(1);
        try (NDArray b = bias.value().reshape(new Shape(perChannel))) {
            return x.add(b);
        }
    }
}
