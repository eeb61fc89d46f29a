package org.naswot.spaces.natssss;

import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.natssss.NatsSssNetworkBuilder;
import org.naswot.space.natssss.NatsSssSpace;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/** NATS-Bench's size space: 32,768 channel configurations; accuracies only from an imported official file. */
public final class NatsSssModule implements SpaceModule {

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return descriptor.id().equals(NatsSssSpace.ID);
    }

    @Override
    public OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data) {
        return new OpenedSpace(new NatsSssSpace(), NatsSssNetworkBuilder.BENCHMARK, null, null);
    }

    /** NB201's skeleton with at most its channels: no slower than an NB201 cell. */
    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return 0.16;
    }

    @Override
    public int order() {
        return 20;
    }
}
