package org.naswot.score.proxies;

import java.util.function.ToDoubleFunction;

/**
 * One of AZ-NAS's three network-based parts ({@link AzNasParts}), each its own measure so that runs store them and
 * the {@code az_nas} aggregate ranks them across a run's architectures. The three share one computation per
 * architecture ({@link ProxyContext#azNasParts()}).
 */
public final class AzNasProxy implements ZeroCostProxy {
    private static final String PAPER = "(Lee & Ham, AZ-NAS: Assembling Zero-Cost Proxies for Network Architecture "
            + "Search, CVPR 2024)";

    /** AZ-NAS's parts as measures; the fourth, complexity, is {@link AzComplexityProxy}. */
    public enum Part {
        EXPRESSIVITY("az_expressivity", "sum over the stem's and every cell's output of the entropy of its channel "
                + "covariance's normalised eigenvalues, Kaiming-normal weights on a Gaussian input",
                AzNasParts::expressivity),
        PROGRESSIVITY("az_progressivity", "smallest increase of that eigenvalue entropy from one cell's output to the "
                + "next, Kaiming-normal weights on a Gaussian input", AzNasParts::progressivity),
        TRAINABILITY("az_trainability", "mean over cells of -s - 1/s + 2, s the spectral norm of the cell's "
                + "channel Jacobian estimated with random +-1 output gradients, Kaiming-normal weights on a Gaussian "
                + "input", AzNasParts::trainability);

        private final String id;
        private final String measures;
        private final ToDoubleFunction<AzNasParts> value;

        Part(String id, String measures, ToDoubleFunction<AzNasParts> value) {
            this.id = id;
            this.measures = measures;
            this.value = value;
        }
    }

    private final Part part;

    public AzNasProxy(Part part) {
        this.part = part;
    }

    @Override
    public String id() {
        return part.id;
    }

    @Override
    public String description() {
        return part.measures + " " + PAPER;
    }

    @Override
    public double compute(ProxyContext context) {
        return part.value.applyAsDouble(context.azNasParts());
    }
}
