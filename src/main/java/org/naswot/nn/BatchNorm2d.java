package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
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
    private boolean runningStatistics;
    private NDArray firstWeightProbe;
    private NDArray firstBiasProbe;

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
     * replaced by a no-op), so that the synaptic flow of the weights is not rescaled by batch statistics. The output is
     * then a new handle on the input's values, never the input array itself.
     */
    public void setBypassed(boolean bypassed) {
        this.bypassed = bypassed;
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter bias() {
        return bias;
    }

    /**
     * Normalises with the running statistics instead of the batch's and leaves them as they are (PyTorch's
     * {@code eval()} mode), as VKDNW scores networks.
     */
    public void setUsesRunningStatistics(boolean running) {
        this.runningStatistics = running;
    }

    /**
     * As {@link Conv2d#setFirstWeightProbe}: per-image probes ([N], zeros; null for none) whose gradients are each
     * image's gradient w.r.t. weight[0] and bias[0]. Only with running statistics, where images do not interact.
     */
    public void setFirstElementProbes(NDArray weightProbe, NDArray biasProbe) {
        if (!runningStatistics && (weightProbe != null || biasProbe != null)) {
            throw new IllegalStateException("per-image probes need running statistics (eval mode)");
        }
        this.firstWeightProbe = weightProbe;
        this.firstBiasProbe = biasProbe;
    }

    private NDArray withFirstElementProbes(NDArray x, NDArray y) {
        long n = y.getShape().get(0);
        NDArray term = null;
        if (firstWeightProbe != null) {
            try (NDArray x0 = x.get(new NDIndex(":, 0:1"));
                 NDArray mean = runningMean.value().get(new NDIndex("0:1")).reshape(1, 1, 1, 1);
                 NDArray var = runningVar.value().get(new NDIndex("0:1")).reshape(1, 1, 1, 1);
                 NDArray std = var.add(Constants.scalar(var, eps)).sqrt();
                 NDArray normalised = x0.sub(mean).div(std)) {
                term = normalised.mul(firstWeightProbe.reshape(n, 1, 1, 1));
            }
        }
        if (firstBiasProbe != null) {
            NDArray b = firstBiasProbe.reshape(n, 1, 1, 1);
            term = term == null ? b.broadcast(n, 1, y.getShape().get(2), y.getShape().get(3)) : term.add(b);
        }
        try (NDArray full = term.pad(new Shape(0, 0, 0, 0, 0, y.getShape().get(1) - 1), 0f)) {
            return y.add(full);
        }
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        recorder.layer(this, x.getShape(), x.getShape());
        if (bypassed) {
            // a new handle (a view, still in the graph), not x itself: callers own and close their intermediates,
            // and a FactorizedReduce that closes the concatenation it normalised would free its own output
            return x.reshape(x.getShape());
        }
        NDArray y = x.getNDArrayInternal().batchNorm(x, runningMean.value(), runningVar.value(), weight.value(),
                bias.value(), 1, MOMENTUM, eps, !runningStatistics).singletonOrThrow();
        return firstWeightProbe == null && firstBiasProbe == null ? y : withFirstElementProbes(x, y);
    }
}
