package org.naswot.nn;

import org.naswot.space.Architecture;

/** Builds the (uninitialised) network of one architecture of a search space. */
@FunctionalInterface
public interface NetworkBuilder {
    Module build(Architecture architecture, int numClasses);
}
