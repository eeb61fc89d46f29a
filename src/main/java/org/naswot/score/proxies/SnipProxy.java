package org.naswot.score.proxies;

/** SNIP's connection sensitivity summed over all conv/linear weights: sum |θ ⊙ ∂L/∂θ|. */
public final class SnipProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "snip";
    }

    @Override
    public String description() {
        return "sum of |weight x d(cross-entropy)/d(weight)| over conv/linear weights "
                + "(Lee et al., SNIP: Single-shot Network Pruning, ICLR 2019)";
    }

    @Override
    public double compute(ProxyContext context) {
        double sum = 0;
        for (WeightGradients.Layer layer : context.lossGradients().layers()) {
            float[] w = layer.weight();
            float[] g = layer.gradient();
            for (int i = 0; i < w.length; i++) {
                sum += Math.abs((double) w[i] * g[i]);
            }
        }
        return sum;
    }
}
