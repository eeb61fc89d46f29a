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
        return context.lossGradients().weightTimesGradient(true);
    }
}
