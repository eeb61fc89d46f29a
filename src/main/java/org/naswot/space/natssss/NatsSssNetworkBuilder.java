package org.naswot.space.natssss;

import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.Architecture;
import org.naswot.space.nb201.Nb201Architecture;

/** Builds size-space networks around NATS-Bench's fixed cell (NB201 index 9930's topology). */
public record NatsSssNetworkBuilder(Nb201Architecture genotype) implements NetworkBuilder {

    /** The cell NATS-Bench fixes for its size space. */
    public static final NatsSssNetworkBuilder BENCHMARK = new NatsSssNetworkBuilder(Nb201Architecture.parse(
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|"));

    @Override
    public Module build(Architecture architecture, int numClasses) {
        return new ShapeTinyNetwork(((NatsSssArchitecture) architecture).channels(), genotype, numClasses);
    }
}
