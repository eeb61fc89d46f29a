package org.naswot.score.proxies;

/** Forward-pass operations of one image, in millions (see {@link FlopCounter} for the conventions). */
public final class FlopsProxy implements ZeroCostProxy {
    private final FlopCounter.Convention convention;

    /** NAS-Bench-201's convention: multiply-accumulates of convolutions and linear layers. */
    public FlopsProxy() {
        this(FlopCounter.Convention.MULTIPLY_ADDS);
    }

    public FlopsProxy(FlopCounter.Convention convention) {
        this.convention = convention;
    }

    @Override
    public String id() {
        return convention == FlopCounter.Convention.MULTIPLY_ADDS ? "flops" : "flops_naslib";
    }

    @Override
    public String description() {
        return convention == FlopCounter.Convention.MULTIPLY_ADDS
                ? "millions of multiply-accumulates of convs and linear layers for one image, as NAS-Bench-201 counts "
                        + "FLOPs (Dong & Yang, NAS-Bench-201, ICLR 2020)"
                : "millions of operations for one image as NAS-Bench-Suite-Zero counts them, BN/ReLU/pooling included "
                        + "(Krishnakumar et al., NAS-Bench-Suite-Zero, NeurIPS 2022)";
    }

    @Override
    public double compute(ProxyContext context) {
        return FlopCounter.count(context, convention) / 1e6;
    }
}
