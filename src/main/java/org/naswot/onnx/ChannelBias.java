package org.naswot.onnx;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.nn.ProbedBias;

/**
 * The bias of a convolution with one ({@code Conv}'s third input), added per channel after {@link
 * org.naswot.nn.Conv2d}, which has none: the benchmark networks' convolutions never do. Like PyTorch's conv bias, it
 * is not among the weights the pruning proxies score.
 */
final class ChannelBias extends Module implements ProbedBias {
    private final Parameter bias;
    private NDArray firstBiasProbe;

    ChannelBias(int channels) {
        bias = parameter("bias", new Shape(channels), Parameter.Init.ZEROS, 0, true);
    }

    @Override
    public Parameter bias() {
        return bias;
    }

    @Override
    public void setFirstBiasProbe(NDArray probe) {
        this.firstBiasProbe = probe;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        Shape s = x.getShape();
        long[] perChannel = new long[s.dimension()];
        java.util.Arrays.fill(perChannel, 1);
        perChannel[1] = s.get(1);
        NDArray y;
        try (NDArray b = bias.value().reshape(new Shape(perChannel))) {
            y = x.add(b);
        }
        if (firstBiasProbe == null) {
            return y;
        }
        // image n's probe on channel 0 of its output, zeros on the other channels
        long n = s.get(0);
        try (NDArray probe = firstBiasProbe.reshape(n, 1, 1, 1);
             NDArray spread = probe.broadcast(n, 1, s.get(2), s.get(3));
             NDArray term = spread.pad(new Shape(0, 0, 0, 0, 0, s.get(1) - 1), 0f)) {
            NDArray probed = y.add(term);
            y.close();
            return probed;
        }
    }
}
