package org.naswot.space.nb201;

import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.Architecture;

/** TinyNetwork(C, N) of an NB201 cell; the benchmark trained C=16, N=5. */
public record Nb201NetworkBuilder(int channels, int cellsPerStage) implements NetworkBuilder {

    public static final Nb201NetworkBuilder BENCHMARK = new Nb201NetworkBuilder(16, 5);

    @Override
    public Module build(Architecture architecture, int numClasses) {
        return new TinyNetwork((Nb201Architecture) architecture, channels, cellsPerStage, numClasses);
    }
}
