package org.naswot.space.declarative;

import org.naswot.nn.Module;
import org.naswot.space.Architecture;
import org.naswot.space.NetworkBuilder;

/** Builds the network of a declarative space's architecture, by its family. */
final class DeclarativeNetworkBuilder implements NetworkBuilder {
    static final DeclarativeNetworkBuilder INSTANCE = new DeclarativeNetworkBuilder();

    private DeclarativeNetworkBuilder() {
    }

    @Override
    public Module build(Architecture architecture, int numClasses) {
        if (architecture instanceof DagArchitecture dag) {
            return new DagNetwork(dag, numClasses);
        }
        return new DartsNetwork((DartsArchitecture) architecture, numClasses);
    }
}
