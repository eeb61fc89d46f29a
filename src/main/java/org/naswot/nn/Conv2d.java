package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** 2-D convolution without bias (all convolutions of the NB201 networks), weight OIHW as in PyTorch. */
public final class Conv2d extends Module {
    private final Parameter weight;
    private final Shape stride;
    private final Shape padding;
    private static final Shape DILATION = new Shape(1, 1);

    public Conv2d(int in, int out, int kernel, int stride, int padding) {
        this.weight = parameter("weight", new Shape(out, in, kernel, kernel), Parameter.Init.FAN_IN_UNIFORM,
                (long) in * kernel * kernel, true);
        this.stride = new Shape(stride, stride);
        this.padding = new Shape(padding, padding);
    }

    /** The weight, e.g. for a reference model's own initialisation. */
    public Parameter weight() {
        return weight;
    }

    @Override
    public NDArray forward(NDArray x, ActivationRecorder recorder) {
        NDArray y = ai.djl.nn.convolutional.Conv2d.conv2d(x, weight.value(), null, stride, padding, DILATION, 1)
                .singletonOrThrow();
        recorder.layer(this, x.getShape(), y.getShape());
        return y;
    }
}
