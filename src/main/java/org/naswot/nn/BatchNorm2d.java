package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * BatchNorm over channels in training mode: normalises with the current batch's mean and biased
 * variance, as the reference scores untrained networks. Each pass updates the running statistics as PyTorch does;
 * only Zen-score reads them.
 */
public final class BatchNorm2d extends Module {
    /** PyTorch's default epsilon. */
    private static final float DEFAULT_EPS = 1e-5f;
    /**
     * DJL's momentum is MXNet's, the weight of the old running value (its PyTorch engine passes 1 - momentum on):
     * 0.9 here is PyTorch's default momentum 0.1, so the running statistics match the reference's (Zen-score reads
     * them).
     */
    private static final float MOMENTUM = 0.9f;
    private final Parameter weight;
    private final Parameter bias;
    private final Parameter runningMean;
    private final Parameter runningVar;
    private final float eps;
    private boolean bypassed;

    public BatchNorm2d(int channels) {
        this(channels, DEFAULT_EPS);
    }

    /** @param eps added to the variance, as {@code nn.BatchNorm2d(eps=...)} (an imported network's own) */
    public BatchNorm2d(int channels, float eps) {
        this.eps = eps;
        Shape s = new Shape(channels);
        weight = parameter("weight", s, Parameter.Init.ONES, 0, true);
        bias = parameter("bias", s, Parameter.Init.ZEROS, 0, true);
        runningMean = parameter("running_mean", s, Parameter.Init.ZEROS, 0, false);
        runningVar = parameter("running_var", s, Parameter.Init.ONES, 0, false);
    }

    /** The running variance, which each forward pass updates with momentum 0.1 (PyTorch's training mode). */
    public Parameter runningVar() {
        return runningVar;
    }

    /**
     * Makes the layer the identity, as zero-cost-nas's synflow does ({@code bn=False}: BatchNorm's forward
     * replaced by a no-op), so that the synaptic flow of the weights is not rescaled by batch statistics.
     */
    public void setBypassed(boolean bypassed) {
        this.bypassed = bypassed;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        recorder.layer(this, x.getShape(), x.getShape());
        if (bypassed) {
            return x;
        }
        return x.getNDArrayInternal().batchNorm(x, runningMean.value(), runningVar.value(), weight.value(),
                bias.value(), 1, MOMENTUM, eps, true).singletonOrThrow();
    }
}
