package org.naswot.score.proxies;

/** Trainable parameters (weights, biases, BatchNorm affine) in millions, running statistics excluded. */
public final class ParamsProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "params";
    }

    @Override
    public String description() {
        return "millions of trainable parameters with the dataset's classifier, as NAS-Bench-201 reports them "
                + "(Dong & Yang, NAS-Bench-201, ICLR 2020)";
    }

    @Override
    public double compute(ProxyContext context) {
        return context.structure().trainableParameterCount() / 1e6;
    }
}
