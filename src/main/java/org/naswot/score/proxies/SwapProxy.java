package org.naswot.score.proxies;

import org.naswot.nn.Module;

/**
 * SWAP-Score as its authors' code computes it (pym1024/SWAP, src/metrics/swap.py): the batch through the untrained
 * network (BatchNorm on batch statistics, no gradient), the sign of the output of every {@code nn.ReLU} with a 4-D
 * input, concatenated per image into an images x neurons matrix, and the number of distinct rows of its transpose:
 * how many different on/off patterns over the batch the neurons show. With {@code regularised}, the count is
 * multiplied by exp(-(P - mu)^2 / sigma), P the number of parameters in thousands ({@code count_parameters}: every
 * named parameter, BatchNorm's included), as their {@code cal_regular_factor} does.
 * Differences, by design: their script re-initialises every network with N(0, 1) weights and averages 32 draws on 16
 * CIFAR-10 images; here the run's own initial weights and batch are used once (the run's protocol decides both).
 */
public final class SwapProxy implements ZeroCostProxy {
    /**
     * reg_swap's constants for NB201-sized networks. The authors' repositories give none for CNN spaces (their
     * transformer script passes mu 0.5, sigma 1.5 on millions, unused there: regular=False); these are ours, chosen
     * so that the factor stays near 1 over NB201's range (73k to 1.53M parameters) and favours larger cells:
     * mu = 1532 thousand (the largest NB201 CIFAR-10 cell), sigma = 1e6 (thousands squared).
     */
    static final double MU = 1532;
    static final double SIGMA = 1e6;

    private final boolean regularised;
    private final double mu;
    private final double sigma;

    public SwapProxy() {
        this(false, MU, SIGMA);
    }

    SwapProxy(boolean regularised, double mu, double sigma) {
        this.regularised = regularised;
        this.mu = mu;
        this.sigma = sigma;
    }

    /** reg_swap with its default constants. */
    public static SwapProxy regularised() {
        return new SwapProxy(true, MU, SIGMA);
    }

    @Override
    public String id() {
        return regularised ? "reg_swap" : "swap";
    }

    @Override
    public String description() {
        return regularised
                ? "SWAP x exp(-(thousands of parameters - " + (long) mu + ")^2 / " + (long) sigma + ") (Peng et al., "
                        + "SWAP-NAS, ICLR 2024; constants ours)"
                : "number of distinct sample-wise ReLU activation patterns over the batch (Peng et al., SWAP-NAS: "
                        + "Sample-Wise Activation Patterns for Ultra-fast NAS, ICLR 2024)";
    }

    @Override
    public double compute(ProxyContext context) {
        Module network = context.freshNetwork();
        int patterns = ReluPatterns.of(network, context.input(), true).distinctNeuronPatterns();
        return regularised ? patterns * factor(network.trainableParameterCount() / 1e3, mu, sigma) : patterns;
    }

    /** cal_regular_factor: exp(-(P - mu)^2 / sigma), in double as their float64 tensor gives it. */
    static double factor(double thousandsOfParameters, double mu, double sigma) {
        double d = thousandsOfParameters - mu;
        return Math.exp(-(d * d) / sigma);
    }
}
