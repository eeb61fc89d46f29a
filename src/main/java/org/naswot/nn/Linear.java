package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Fully connected layer with bias, weight [out, in] as in PyTorch. */
public final class Linear extends Module {
    private final Parameter weight;
    private final Parameter bias;
    private NDArray outputGate;

    public Linear(int in, int out) {
        weight = parameter("weight", new Shape(out, in), Parameter.Init.FAN_IN_UNIFORM, in, true);
        bias = parameter("bias", new Shape(out), Parameter.Init.FAN_IN_UNIFORM, in, true);
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    /** As {@link Conv2d#setOutputGate}: multiplies the output by {@code gate} ([N, out], ones) when not null. */
    public void setOutputGate(NDArray gate) {
        this.outputGate = gate;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray y = x.getNDArrayInternal().linear(x, weight.value(), bias.value()).singletonOrThrow();
        recorder.layer(this, x.getShape(), y.getShape());
        return outputGate == null ? y : y.mul(outputGate);
    }
}
