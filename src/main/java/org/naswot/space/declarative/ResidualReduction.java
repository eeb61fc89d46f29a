package org.naswot.space.declarative;

import ai.djl.ndarray.NDArray;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.AvgPool2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Module;
import org.naswot.nn.ReLUConvBN;
import org.naswot.nn.Sequential;

/**
 * NB201's {@code ResNetBasicblock} at stride 2, between two stages: out = downsample(x) + conv_b(conv_a(x)), the
 * downsample being AvgPool(2, 2) then a 1x1 convolution without BN or ReLU.
 */
final class ResidualReduction extends Module {
    private final ReLUConvBN convA;
    private final ReLUConvBN convB;
    private final Sequential downsample;

    ResidualReduction(int in, int out) {
        convA = child("conv_a", new ReLUConvBN(in, out, 3, 2, 1));
        convB = child("conv_b", new ReLUConvBN(out, out, 3, 1, 1));
        downsample = child("downsample", new Sequential(new AvgPool2d(2, 2, 0, true), new Conv2d(in, out, 1, 1, 0)));
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray basic = convB.forward(convA.forward(x, recorder), recorder);
        NDArray residual = downsample.forward(x, recorder);
        return residual.add(basic);
    }
}
