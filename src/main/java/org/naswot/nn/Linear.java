package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/** Fully connected layer with bias, weight [out, in] as in PyTorch. */
public final class Linear extends Module {
    private final Parameter weight;
    private final Parameter bias;
    private NDArray outputGate;
    private NDArray firstWeightProbe;
    private NDArray firstBiasProbe;

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

    /**
     * As {@link Conv2d#setFirstWeightProbe}: per-image probes ([N], zeros; null for none) whose gradients are each
     * image's gradient w.r.t. weight[0, 0] and bias[0].
     */
    public void setFirstElementProbes(NDArray weightProbe, NDArray biasProbe) {
        this.firstWeightProbe = weightProbe;
        this.firstBiasProbe = biasProbe;
    }

    private NDArray withFirstElementProbes(NDArray x, NDArray y) {
        long n = y.getShape().get(0);
        NDArray term = null;
        if (firstWeightProbe != null) {
            try (NDArray x0 = x.get(new NDIndex(":, 0:1"))) {
                term = x0.mul(firstWeightProbe.reshape(n, 1));
            }
        }
        if (firstBiasProbe != null) {
            NDArray b = firstBiasProbe.reshape(n, 1);
            term = term == null ? b : term.add(b);
        }
        try (NDArray full = term.pad(new Shape(0, y.getShape().get(1) - 1), 0f)) {
            return y.add(full);
        }
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray y = x.getNDArrayInternal().linear(x, weight.value(), bias.value()).singletonOrThrow();
        recorder.layer(this, x.getShape(), y.getShape());
        if (firstWeightProbe != null || firstBiasProbe != null) {
            y = withFirstElementProbes(x, y);
        }
        return outputGate == null ? y : y.mul(outputGate);
    }
}
