package org.naswot.score.proxies;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.naswot.data.ImageBatch;
import org.naswot.nn.WeightInit;
import org.naswot.space.NetworkBuilder;
import org.naswot.score.ComputeDevice;
import org.naswot.score.IntraOpThreads;
import org.naswot.space.Architecture;

/**
 * Computes zero-cost proxies for the architectures of one space on one batch. As in NASWOT's scorer, each
 * architecture gets its own sub-manager, closed afterwards, so native memory stays flat over long runs.
 * Several threads may compute at once (each with its own contexts): gradients are recorded per thread
 * ({@link GradientScope}). Values depend on the libtorch threads an operation is split over: {@link #threads}
 * makes threads with one each, so that a value is the same on every run.
 */
public final class ProxyEvaluator implements AutoCloseable {
    private final NDManager root;
    private final NetworkBuilder builder;
    private final ImageBatch batch;
    private final int classes;
    private final WeightInit weightInit;

    public ProxyEvaluator(NetworkBuilder builder, ImageBatch batch, int classes, ComputeDevice device) {
        this(builder, batch, classes, device, WeightInit.PYTORCH_DEFAULT);
    }

    /** @param weightInit the rule seeded networks follow (a protocol's; the proxies that set their own keep theirs) */
    public ProxyEvaluator(NetworkBuilder builder, ImageBatch batch, int classes, ComputeDevice device,
                          WeightInit weightInit) {
        this.builder = builder;
        this.batch = batch;
        this.classes = classes;
        this.weightInit = weightInit;
        this.root = NDManager.newBaseManager(device.device());
    }

    /**
     * @param seed the weight seed, e.g. {@code ArchitectureSeeds.of(runSeed, architecture)} as NASWOT uses
     */
    public ProxyContext open(Architecture architecture, long seed) {
        return open(architecture, seed, NetworkWeights.seeded(seed, weightInit));
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

    /**
     * A factory of threads for computing proxies: each first pins its libtorch operations to one thread
     * ({@link IntraOpThreads}) and turns grad mode off (as the engine's first thread has it; libtorch starts other
     * threads with it on).
     */
    public static ThreadFactory threads(String namePrefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread t = new Thread(() -> {
                IntraOpThreads.pinCurrentThread(1);
                JniUtils.setGradMode(false);
                task.run();
            }, namePrefix + number.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        root.close();
    }
}
