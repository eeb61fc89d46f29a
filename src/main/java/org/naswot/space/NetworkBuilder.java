package org.naswot.space;

import org.naswot.nn.Module;

/** Builds the (uninitialised) network of one architecture of a search space. */
@FunctionalInterface
public interface NetworkBuilder {
    Module build(Architecture architecture, int numClasses);

    /**
     * Refuses (with a {@link org.naswot.common.UserFacingException} saying what it would need) a network this machine
     * cannot score with a batch of {@code batch} images of side {@code imageSize}; the built-in spaces' fixed
     * skeletons always fit, so by default nothing is checked.
     */
    default void requireFits(Architecture architecture, int batch, int imageSize) {
    }
}
