package org.naswot.score.proxies;

/** Sum over conv/linear layers of the L2 norm of the loss gradient of the layer's weight. */
public final class GradNormProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "grad_norm";
    }

    @Override
    public String description() {
        return "sum over conv/linear layers of ||d(cross-entropy)/d(weight)||_2 "
                + "(Abdelfattah et al., Zero-Cost Proxies for Lightweight NAS, ICLR 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        double sum = 0;
        for (WeightGradients.Layer layer : context.lossGradients().layers()) {
            sum += WeightGradients.l2Norm(layer.gradient());
        }
        return sum;
    }
}
