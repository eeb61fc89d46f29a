package org.naswot.score.proxies;

import org.naswot.nn.Parameter;

/**
 * ℵ, the number of trainable layers as VKDNW counts it ({@code info['vkdnw_dim'] =
 * len(list(model.named_parameters()))} in ondratybl/VKDNW's {@code compute_vkdnw_score.py}): the parameter tensors
 * of the network, each conv weight, linear weight and bias, BatchNorm weight and bias counting one; buffers (running
 * statistics) and parameter-free operations (skip, pooling, none) count nothing. On NB201: 21 + 45 per
 * convolution edge of the cell.
 */
public final class LayersProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "layers";
    }

    @Override
    public String description() {
        return "the number of trainable layers (aleph): parameter tensors (conv/linear weights and biases, BatchNorm weights and "
                + "biases) (Tybl & Neumann, Training-free Neural Architecture Search through Variance of Knowledge "
                + "of Deep Network Weights, CVPR 2025)";
    }

    @Override
    public double compute(ProxyContext context) {
        return context.structure().stateDict().values().stream().filter(Parameter::trainable).count();
    }
}
