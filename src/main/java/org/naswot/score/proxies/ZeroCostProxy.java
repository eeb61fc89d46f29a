package org.naswot.score.proxies;

/**
 * A training-free score of one architecture, computed on the untrained network that NASWOT scores (same
 * builder, same initialisation seed) and, where data is used, on the same mini-batch.
 */
public interface ZeroCostProxy {

    /** Short name, as NAS-Bench-Suite-Zero spells it (e.g. {@code synflow}, {@code grad_norm}). */
    String id();

    /** One line: what is measured and the paper it comes from. */
    String description();

    /** The score of {@code context}'s architecture; higher is meant to predict higher accuracy. */
    double compute(ProxyContext context);
}
