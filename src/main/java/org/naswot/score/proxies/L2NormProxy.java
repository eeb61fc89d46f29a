package org.naswot.score.proxies;

/** Sum over conv/linear layers of the L2 norm of the initial weight, as NAS-Bench-Suite-Zero's {@code l2_norm}. */
public final class L2NormProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "l2_norm";
    }

    @Override
    public String description() {
        return "sum over conv/linear layers of ||weight||_2 at initialisation (a data-free baseline of "
                + "NAS-Bench-Suite-Zero, Krishnakumar et al., NeurIPS 2022 Datasets and Benchmarks)";
    }

    @Override
    public double compute(ProxyContext context) {
        double sum = 0;
        for (float[] weight : context.initialWeights()) {
            sum += WeightGradients.l2Norm(weight);
        }
        return sum;
    }
}
