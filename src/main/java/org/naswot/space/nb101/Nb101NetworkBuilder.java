package org.naswot.space.nb101;

import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.Architecture;

/**
 * NAS-Bench-101 networks: 3 stacks of 3 cells. The benchmark trained a 128-channel stem; the paper's released
 * scoring code used a 16-channel stem, available as {@link #PAPER_CODE}.
 */
public record Nb101NetworkBuilder(int stemChannels) implements NetworkBuilder {

    public static final Nb101NetworkBuilder BENCHMARK = new Nb101NetworkBuilder(128);
    public static final Nb101NetworkBuilder PAPER_CODE = new Nb101NetworkBuilder(16);

    @Override
    public Module build(Architecture architecture, int numClasses) {
        return new Nb101Network((Nb101Architecture) architecture, stemChannels, 3, 3, numClasses);
    }
}
