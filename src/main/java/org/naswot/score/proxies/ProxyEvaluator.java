package org.naswot.score.proxies;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.data.ImageBatch;
import org.naswot.nn.NetworkBuilder;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;

/**
 * Computes zero-cost proxies for the architectures of one space on one batch. As in NASWOT's scorer, each
 * architecture gets its own sub-manager, closed afterwards, so native memory stays flat over long runs.
 * One thread at a time: DJL's PyTorch engine allows a single active GradientCollector per process, and
 * libtorch's grad mode, which the collector switches on, is per thread.
 */
public final class ProxyEvaluator implements AutoCloseable {
    private final NDManager root;
    private final NetworkBuilder builder;
    private final ImageBatch batch;
    private final int classes;

    public ProxyEvaluator(NetworkBuilder builder, ImageBatch batch, int classes, ComputeDevice device) {
        this.builder = builder;
        this.batch = batch;
        this.classes = classes;
        this.root = NDManager.newBaseManager(device.device());
    }

    /**
     * @param seed the weight seed, e.g. {@code ArchitectureSeeds.of(runSeed, architecture)} as NASWOT uses
     */
    public ProxyContext open(Architecture architecture, long seed) {
        return open(architecture, seed, NetworkWeights.seeded(seed));
    }

    /** As {@link #open(Architecture, long)} with other initial weights (e.g. a reference's saved state_dict). */
    public ProxyContext open(Architecture architecture, long seed, NetworkWeights weights) {
        return new ProxyContext(architecture, builder, batch, classes, seed, weights, root.newSubManager());
    }

    /** Every proxy's value for one architecture, in the given order, keyed by id. */
    public Map<String, Double> computeAll(Architecture architecture, long seed, List<ZeroCostProxy> proxies) {
        Map<String, Double> out = new LinkedHashMap<>();
        try (ProxyContext context = open(architecture, seed)) {
            for (ZeroCostProxy p : proxies) {
                out.put(p.id(), p.compute(context));
            }
        }
        return out;
    }

    @Override
    public void close() {
        root.close();
    }
}
