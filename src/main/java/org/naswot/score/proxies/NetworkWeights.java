package org.naswot.score.proxies;

import ai.djl.ndarray.NDManager;
import org.naswot.nn.Module;
import org.naswot.nn.WeightInit;
import org.naswot.nn.WeightInitializer;

/** Where a proxy network's initial weights come from: NASWOT's seeded initialisation, or e.g. a saved state_dict. */
@FunctionalInterface
public interface NetworkWeights {

    void assign(Module network, NDManager manager);

    /** {@link WeightInitializer}'s weights for {@code seed}, as NASWOT scores the architecture. */
    static NetworkWeights seeded(long seed) {
        return seeded(seed, WeightInit.PYTORCH_DEFAULT);
    }

    /** The weights for {@code seed} under {@code rule} (a protocol's initialisation). */
    static NetworkWeights seeded(long seed, WeightInit rule) {
        return (network, manager) -> WeightInitializer.initialize(network, manager, seed, rule);
    }
}
