package org.naswot.space;

import org.naswot.nn.Module;

/** Builds the (uninitialised) network of one architecture of a search space. */
@FunctionalInterface
public interface NetworkBuilder {
    Module build(Architecture architecture, int numClasses);
}
