package org.naswot.space.nds.net;

import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.Architecture;
import org.naswot.space.nds.AnyNetConfig;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.NdsArchitecture;
import org.naswot.space.nds.NdsNetworkSize;

/**
 * Builds an NDS (or NAS-Bench-301) network as NASWOT's {@code NDS.get_network} does: a genotype gives pycls'
 * NetworkCIFAR ({@code NetworkImageNet} for the {@code _in} spaces), anything else an AnyNet whose stem is
 * {@code res_stem_in} when the space's name contains "ResN", else {@code simple_stem_in}.
 */
public final class NdsNetworkBuilder implements NetworkBuilder {
    public static final NdsNetworkBuilder INSTANCE = new NdsNetworkBuilder();

    private NdsNetworkBuilder() {
    }

    @Override
    public Module build(Architecture architecture, int numClasses) {
        NdsArchitecture a = (NdsArchitecture) architecture;
        // the weights alone, before anything is allocated (a batch is checked by requireFits)
        NdsNetworkSize.requireFits(a, 0, NdsNetworkSize.CIFAR_IMAGE);
        if (a.net() instanceof CellNetwork c) {
            return new DartsNetwork(c, a.imagenetSkeleton(), numClasses);
        }
        return new AnyNet((AnyNetConfig) a.net(), AnyNetConfig.residualStem(a.space()), numClasses);
    }

    @Override
    public void requireFits(Architecture architecture, int batch, int imageSize) {
        NdsNetworkSize.requireFits((NdsArchitecture) architecture, batch, imageSize);
    }
}
