package org.naswot.score.proxies;

/**
 * AZ-NAS's complexity part: its NB201 notebook ranks the benchmark API's FLOPs ({@code get_compute_costs(dataset)
 * ['flops']}), which are NAS-Bench-201's multiply-accumulate count, so this is {@code flops} under AZ-NAS's name
 * (the same value), kept as its own measure so that the {@code az_nas} aggregate names its four parts.
 */
public final class AzComplexityProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "az_complexity";
    }

    @Override
    public String description() {
        return "FLOPs as NAS-Bench-201 counts them (millions of multiply-accumulates for one image), AZ-NAS's "
                + "complexity (Lee & Ham, AZ-NAS: Assembling Zero-Cost Proxies for Network Architecture Search, "
                + "CVPR 2024)";
    }

    @Override
    public double compute(ProxyContext context) {
        return FlopCounter.count(context, FlopCounter.Convention.MULTIPLY_ADDS) / 1e6;
    }
}
