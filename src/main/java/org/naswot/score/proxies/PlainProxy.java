package org.naswot.score.proxies;

/**
 * NAS-Bench-Suite-Zero's {@code plain}: sum over conv/linear weights of weight x d(cross-entropy)/d(weight), signed
 * (snip without the absolute value). Under batch-statistics BatchNorm a convolution followed by BatchNorm is scale
 * invariant, so its terms sum to about zero and the value is carried by the classifier and the convolutions not
 * followed by BatchNorm: it varies with the initialisation seed more than with the architecture.
 */
public final class PlainProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "plain";
    }

    @Override
    public String description() {
        return "sum of weight x d(cross-entropy)/d(weight) over conv/linear weights, signed (a baseline of "
                + "NAS-Bench-Suite-Zero, Krishnakumar et al., NeurIPS 2022 Datasets and Benchmarks)";
    }

    @Override
    public double compute(ProxyContext context) {
        return context.lossGradients().weightTimesGradient(false);
    }
}
